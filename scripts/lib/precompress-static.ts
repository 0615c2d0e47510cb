// After `next build`: a Brotli copy (quality 11) beside every script and stylesheet in .next/static,
// served by server.mjs to browsers that accept it (lib/http/precompressed-static.mjs).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const COMPRESSIBLE = new Set([".js", ".css"]);

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (COMPRESSIBLE.has(path.extname(entry.name))) yield full;
  }
}

export function precompressStatic(staticDir = ".next/static"): { files: number; bytes: number; brotliBytes: number } {
  const totals = { files: 0, bytes: 0, brotliBytes: 0 };
  if (!fs.existsSync(staticDir)) return totals;
  for (const file of files(staticDir)) {
    const source = fs.readFileSync(file);
    const compressed = zlib.brotliCompressSync(source, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: source.length },
    });
    // Written beside the file and renamed into place: a server reading it never sees half a file.
    fs.writeFileSync(`${file}.br.tmp`, compressed);
    fs.renameSync(`${file}.br.tmp`, `${file}.br`);
    totals.files += 1;
    totals.bytes += source.length;
    totals.brotliBytes += compressed.length;
  }
  return totals;
}
