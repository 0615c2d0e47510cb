// What follows every `next build`: the service worker bundle and the Brotli copies of static files.
import { buildServiceWorker } from "./build-service-worker";
import { precompressStatic } from "./precompress-static";

export function finishBuild(): void {
  buildServiceWorker();
  const { files, bytes, brotliBytes } = precompressStatic();
  console.log(`[kubedrill] service worker bundled; ${files} static files Brotli-compressed (${Math.round(bytes / 1024)} KB → ${Math.round(brotliBytes / 1024)} KB)`);
}
