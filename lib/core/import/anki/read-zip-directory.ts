// Reads a zip's central directory without inflating anything, so that the entry count and the
// declared sizes can be refused first (zip bombs). Zip64 is not supported: an Anki package within
// our limits never needs it, and its size fields would already exceed them.

export type ZipEntry = {
  name: string;
  /** 0 = stored, 8 = deflate. */
  method: number;
  crc32: number;
  compressedSize: number;
  originalSize: number;
  localHeaderOffset: number;
};

export type ZipLimits = { maxEntries: number; maxTotalOriginalBytes: number };
export type ZipDirectoryResult = { ok: true; entries: ZipEntry[] } | { ok: false; message: string };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;

/** Lists the entries of a zip, refusing too many entries or too large declared sizes. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits): ZipDirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  if (eocd < 0) return { ok: false, message: "is not a zip file (an Anki package .apkg is a zip archive)" };
  const count = view.getUint16(eocd + 10, true);
  if (count > limits.maxEntries) {
    return { ok: false, message: `has ${count} zip entries; at most ${limits.maxEntries} are accepted` };
  }
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (directoryOffset === ZIP64_MARK || count === 0xffff)
    return { ok: false, message: "is a zip64 archive, which is not supported" };
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      return { ok: false, message: "has a damaged zip directory" };
    }
    const entry = readEntry(bytes, view, at);
    if ((view.getUint16(at + 8, true) & 1) === 1)
      return { ok: false, message: `has an encrypted entry "${entry.name}"` };
    if (entry.originalSize === ZIP64_MARK || entry.compressedSize === ZIP64_MARK) {
      return { ok: false, message: `declares a zip64 size for "${entry.name}", larger than accepted` };
    }
    total += entry.originalSize;
    if (total > limits.maxTotalOriginalBytes) {
      return {
        ok: false,
        message: `declares more than ${megabytes(limits.maxTotalOriginalBytes)} of uncompressed data; at most that is accepted`,
      };
    }
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return { ok: true, entries };
}

function readEntry(bytes: Uint8Array, view: DataView, at: number): ZipEntry {
  const nameLength = view.getUint16(at + 28, true);
  return {
    name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    method: view.getUint16(at + 10, true),
    crc32: view.getUint32(at + 16, true),
    compressedSize: view.getUint32(at + 20, true),
    originalSize: view.getUint32(at + 24, true),
    localHeaderOffset: view.getUint32(at + 42, true),
  };
}

/** The end-of-central-directory record sits in the last 22 bytes plus an optional comment. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Where an entry's data starts, from its local header; null when the header is not there. */
export function entryDataOffset(bytes: Uint8Array, entry: ZipEntry): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return start + entry.compressedSize <= bytes.length ? start : null;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
