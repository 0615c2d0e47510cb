// Walks the frame and block headers of zstd data (RFC 8878) without decompressing, so that a
// collection.anki21b whose frames declare a huge window or content size is refused before the
// decompressor allocates buffers of that size. The decompressor's real output is counted separately.

const ZSTD_MAGIC = 0xfd2fb528;
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

/** Null when every frame declares at most `maxBytes` of window and content; else the reason. */
export function checkZstdFrames(bytes: Uint8Array, maxBytes: number): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  if (bytes.length < 4) return "is not zstd-compressed data";
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return "ends inside a zstd frame header";
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      at += 8 + view.getUint32(at + 4, true);
      continue;
    }
    if (magic !== ZSTD_MAGIC) return "is not zstd-compressed data";
    const header = readFrameHeader(bytes, at + 4);
    if (header.windowSize > maxBytes || header.contentSize > maxBytes) {
      return `declares a zstd frame larger than ${Math.round(maxBytes / (1024 * 1024))} MB`;
    }
    const end = skipBlocks(bytes, header.blocksStart);
    if (end === null) return "is not valid zstd data";
    at = end + (header.hasChecksum ? 4 : 0);
  }
  return at === bytes.length ? null : "ends inside a zstd frame";
}

function readFrameHeader(bytes: Uint8Array, at: number) {
  const descriptor = bytes[at];
  const singleSegment = (descriptor >> 5) & 1;
  const dictionaryBytes = [0, 1, 2, 4][descriptor & 3];
  const contentSizeBytes = [singleSegment, 2, 4, 8][descriptor >> 6];
  let cursor = at + 1;
  let windowSize = 0;
  if (!singleSegment) {
    const exponent = bytes[cursor] >> 3;
    const base = 2 ** (10 + exponent);
    windowSize = base + (base / 8) * (bytes[cursor] & 7);
    cursor += 1;
  }
  cursor += dictionaryBytes;
  let contentSize = 0;
  for (let i = contentSizeBytes - 1; i >= 0; i--) contentSize = contentSize * 256 + (bytes[cursor + i] ?? 0);
  if (contentSizeBytes === 2) contentSize += 256;
  cursor += contentSizeBytes;
  if (singleSegment) windowSize = contentSize;
  return { windowSize, contentSize, hasChecksum: ((descriptor >> 2) & 1) === 1, blocksStart: cursor };
}

/** The offset just after the last block of a frame, or null when the data ends first. */
function skipBlocks(bytes: Uint8Array, at: number): number | null {
  for (;;) {
    if (at + 3 > bytes.length) return null;
    const header = bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16);
    const last = header & 1;
    const type = (header >> 1) & 3;
    const size = header >>> 3;
    if (type === 3) return null;
    at += 3 + (type === 1 ? 1 : size);
    if (at > bytes.length) return null;
    if (last) return at;
  }
}
