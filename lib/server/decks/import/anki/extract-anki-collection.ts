import "server-only";
// Gets the SQLite collection out of an .apkg without trusting any size it declares: the zip
// directory is checked first (entry count, declared sizes), then the one entry we need is inflated
// in slices and stopped as soon as it produces more than declared, then its CRC is compared.
import { Inflate } from "fflate";
import { Decompress } from "fzstd";
import { crc32 } from "@/lib/core/import/anki/crc32";
import { checkZstdFrames } from "@/lib/core/import/anki/check-zstd-frames";
import { entryDataOffset, megabytes, readZipDirectory, type ZipEntry } from "@/lib/core/import/anki/read-zip-directory";
import {
  MAX_ANKI_COLLECTION_BYTES,
  MAX_ANKI_UNCOMPRESSED_BYTES,
  MAX_ANKI_ZIP_ENTRIES,
} from "@/lib/core/import/anki/anki-limits";

export type AnkiCollectionFormat = "anki21b" | "anki21" | "anki2";
export type ExtractedCollection =
  { ok: true; format: AnkiCollectionFormat; bytes: Uint8Array } | { ok: false; message: string };

// Newest first: modern packages also hold a dummy collection.anki2 that only says "please update".
const COLLECTION_NAMES: [string, AnkiCollectionFormat][] = [
  ["collection.anki21b", "anki21b"],
  ["collection.anki21", "anki21"],
  ["collection.anki2", "anki2"],
];
const INFLATE_SLICE = 16 * 1024;

/** The collection file of an Anki package, decompressed, or why it cannot be read. */
export function extractAnkiCollection(zip: Uint8Array): ExtractedCollection {
  const directory = readZipDirectory(zip, {
    maxEntries: MAX_ANKI_ZIP_ENTRIES,
    maxTotalOriginalBytes: MAX_ANKI_UNCOMPRESSED_BYTES,
  });
  if (!directory.ok) return directory;
  for (const [name, format] of COLLECTION_NAMES) {
    const matches = directory.entries.filter((entry) => entry.name === name);
    if (matches.length > 1) return { ok: false, message: `lists ${name} more than once` };
    if (matches.length === 0) continue;
    const entry = matches[0];
    if (entry.originalSize > MAX_ANKI_COLLECTION_BYTES) {
      return { ok: false, message: `has a ${name} larger than ${megabytes(MAX_ANKI_COLLECTION_BYTES)}` };
    }
    const data = readEntry(zip, entry);
    if (typeof data === "string") return { ok: false, message: data };
    if (format !== "anki21b") return { ok: true, format, bytes: data };
    const unpacked = unzstd(data);
    return typeof unpacked === "string"
      ? { ok: false, message: `has a ${name} that ${unpacked}` }
      : { ok: true, format, bytes: unpacked };
  }
  return {
    ok: false,
    message:
      "has no Anki collection (collection.anki2, collection.anki21 or collection.anki21b); is it an Anki package?",
  };
}

/** The entry's bytes, or a message; never produces more than the directory declared. */
function readEntry(zip: Uint8Array, entry: ZipEntry): Uint8Array | string {
  const start = entryDataOffset(zip, entry);
  if (start === null) return `has a damaged zip entry "${entry.name}"`;
  const compressed = zip.subarray(start, start + entry.compressedSize);
  let out: Uint8Array;
  if (entry.method === 0) out = compressed;
  else if (entry.method === 8) {
    let inflated: Uint8Array | null;
    try {
      inflated = inflateAtMost(compressed, entry.originalSize);
    } catch {
      return `has a damaged zip entry "${entry.name}" (invalid deflate data)`;
    }
    if (inflated === null) return `has a zip entry "${entry.name}" that is larger than its declared size`;
    out = inflated;
  } else return `uses an unsupported zip compression method (${entry.method}) for "${entry.name}"`;
  if (out.length !== entry.originalSize || crc32(out) !== entry.crc32) {
    return `has a zip entry "${entry.name}" whose content does not match its declared size or checksum`;
  }
  return out;
}

function inflateAtMost(compressed: Uint8Array, limit: number): Uint8Array | null {
  const out = new Uint8Array(limit);
  let length = 0;
  let overflow = false;
  const inflate = new Inflate((chunk) => {
    if (length + chunk.length > limit) overflow = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < compressed.length && !overflow; at += INFLATE_SLICE) {
    inflate.push(compressed.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= compressed.length);
  }
  return overflow ? null : out.subarray(0, length);
}

/** zstd-decompresses a collection.anki21b, counting real output against the limit. */
function unzstd(data: Uint8Array): Uint8Array | string {
  const problem = checkZstdFrames(data, MAX_ANKI_COLLECTION_BYTES);
  if (problem) return problem;
  const chunks: Uint8Array[] = [];
  let length = 0;
  const tooLarge = new Error("too large");
  try {
    new Decompress((chunk) => {
      length += chunk.length;
      if (length > MAX_ANKI_COLLECTION_BYTES) throw tooLarge;
      chunks.push(chunk.slice()); // the decompressor may reuse its block buffer
    }).push(data, true);
  } catch (error) {
    return error === tooLarge
      ? `decompresses to more than ${megabytes(MAX_ANKI_COLLECTION_BYTES)}`
      : "is not valid zstd data";
  }
  const out = new Uint8Array(length);
  chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
  return out;
}
