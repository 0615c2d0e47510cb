// What follows every `next build`: the service worker bundle, the bundle of the endpoints the
// custom server answers itself, and the Brotli copies of static files.
import { buildHotRoutes } from "./build-hot-routes";
import { buildServiceWorker } from "./build-service-worker";
import { precompressStatic } from "./precompress-static";

export function finishBuild(): void {
  buildServiceWorker();
  buildHotRoutes();
  const { files, bytes, brotliBytes } = precompressStatic();
  console.log(
    `[kubedrill] service worker bundled; ${files} static files Brotli-compressed (${Math.round(bytes / 1024)} KB → ${Math.round(brotliBytes / 1024)} KB)`,
  );
}
