// Hostile or broken uploads: zip bombs are refused from the zip directory before anything is
// inflated, lying size fields are caught by the bytes actually produced, and non-packages get a
// clear message instead of an exception.
import zlib from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readAnkiPackage } from "@/lib/server/decks/import/anki/read-anki-package";
import { MAX_ANKI_UNCOMPRESSED_BYTES, MAX_ANKI_ZIP_ENTRIES } from "@/lib/core/import/anki/anki-limits";
import { buildAnkiPackage, buildLegacyCollection } from "../support/anki-package-builder";
import { zstdStored } from "../support/anki21b-package-builder";

function refusal(bytes: Uint8Array): string {
  const result = readAnkiPackage(bytes, { fileName: "upload.apkg" });
  if (result.ok) throw new Error("expected the package to be refused");
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatchObject({ file: "upload.apkg", line: 1, column: 1 });
  return result.errors[0].message;
}

/** Offset of the first central directory entry (the end record is the last 22 bytes here). */
function centralDirectory(zip: Uint8Array): DataView & { first: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  return Object.assign(view, { first: view.getUint32(zip.length - 22 + 16, true) });
}

/** A plain, honest zip written with Node's native deflate (much faster than fflate for 65 MB). */
function nativeZip(files: Record<string, Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const compressed = zlib.deflateRawSync(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(zlib.crc32(data), 14);
    header.writeUInt32LE(compressed.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    header.copy(central, 6, 4, 30); // version needed … name length: same layout, 2 bytes further on
    central.writeUInt32LE(offset, 42);
    locals.push(header, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += header.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe("readAnkiPackage limits", () => {
  it(`refuses a zip with more than ${MAX_ANKI_ZIP_ENTRIES} entries`, () => {
    const files: Record<string, Uint8Array> = { "collection.anki2": buildLegacyCollection([]) };
    for (let i = 0; i <= MAX_ANKI_ZIP_ENTRIES; i++) files[String(i)] = strToU8("x");
    expect(refusal(zipSync(files))).toBe(
      `upload.apkg has ${MAX_ANKI_ZIP_ENTRIES + 2} zip entries; at most ${MAX_ANKI_ZIP_ENTRIES} are accepted`,
    );
  });

  it("counts entries from the end record, before reading a single directory entry", () => {
    const endRecordOnly = new Uint8Array(22);
    const view = new DataView(endRecordOnly.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(10, 60_000, true); // entries; the directory they point at does not even exist
    expect(refusal(endRecordOnly)).toContain("has 60000 zip entries");
  });

  it("refuses a zip whose directory declares more uncompressed data than allowed, before inflating", () => {
    const zip = zipSync({ "collection.anki2": buildLegacyCollection([]) });
    const view = centralDirectory(zip);
    view.setUint32(view.first + 24, MAX_ANKI_UNCOMPRESSED_BYTES + 1, true);
    expect(refusal(zip)).toBe("upload.apkg declares more than 64 MB of uncompressed data; at most that is accepted");
  });

  it("refuses a package that really holds more than the limit (a media file of 65 MB of zeros)", () => {
    const zip = nativeZip({ "collection.anki2": buildLegacyCollection([]), "0": new Uint8Array(65 * 1024 * 1024) });
    expect(zip.length).toBeLessThan(1024 * 1024);
    expect(refusal(zip)).toContain("declares more than 64 MB of uncompressed data");
  });

  it("stops inflating an entry that produces more than its declared size", () => {
    const zip = zipSync({ "collection.anki2": new Uint8Array(4 * 1024 * 1024) });
    const view = centralDirectory(zip);
    view.setUint32(view.first + 24, 1000, true);
    expect(refusal(zip)).toBe('upload.apkg has a zip entry "collection.anki2" that is larger than its declared size');
  });

  it("refuses an entry that is shorter than declared or fails its checksum", () => {
    const zip = zipSync({ "collection.anki2": buildLegacyCollection([]) });
    const view = centralDirectory(zip);
    view.setUint32(view.first + 24, view.getUint32(view.first + 24, true) + 10, true);
    expect(refusal(zip)).toContain("whose content does not match its declared size or checksum");
  });

  it("refuses a collection.anki21b whose zstd frame declares a window far beyond the limit", () => {
    const frame = zstdStored(buildLegacyCollection([]));
    frame[5] = 0xf8; // window descriptor: 2^(10+31) bytes
    expect(refusal(zipSync({ "collection.anki21b": frame }))).toBe(
      "upload.apkg has a collection.anki21b that declares a zstd frame larger than 64 MB",
    );
  });

  it("explains a file that is not a zip, a zip without a collection, and a collection that is not SQLite", () => {
    expect(refusal(strToU8("just some text, not a package"))).toBe(
      "upload.apkg is not a zip file (an Anki package .apkg is a zip archive)",
    );
    expect(refusal(zipSync({ "notes.txt": strToU8("hello") }))).toContain(
      "has no Anki collection (collection.anki2, collection.anki21 or collection.anki21b)",
    );
    expect(refusal(zipSync({ "collection.anki2": strToU8("hello") }))).toMatch(
      /^collection\.anki2 in upload\.apkg could not be read as an Anki collection/,
    );
  });

  it("still reads packages within the limits, also from another zip writer", () => {
    const result = readAnkiPackage(buildAnkiPackage({ notes: [{ guid: "ok", type: "basic", fields: ["a", "b"] }] }), {
      fileName: "ok.apkg",
    });
    expect(result.ok).toBe(true);
    const collection = buildLegacyCollection([{ guid: "ok", type: "basic", fields: ["a", "b"] }]);
    expect(
      readAnkiPackage(nativeZip({ "collection.anki2": collection, media: strToU8("{}") }), { fileName: "ok.apkg" }).ok,
    ).toBe(true);
  });
});
