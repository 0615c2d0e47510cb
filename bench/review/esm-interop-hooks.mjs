// Module hooks for loading the app's lib/server code in a plain Node ESM process (the benchmark).
// next-auth's providers are CommonJS with `exports.default = fn`; Node ESM hands importers the
// whole exports object as `default`, where Next's bundler and Vitest hand them `fn`. This shim
// gives ESM importers of `next-auth/providers/*` what the bundler would.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const PROVIDER = /^next-auth\/providers\/[a-z0-9-]+$/;
const PREFIX = "bench-cjs-default:";

export async function resolve(specifier, context, nextResolve) {
  if (PROVIDER.test(specifier) && context.parentURL && context.parentURL.startsWith("file:")) {
    const file = createRequire(context.parentURL).resolve(specifier);
    return { url: PREFIX + pathToFileURL(file).href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith(PREFIX)) return nextLoad(url, context);
  const real = JSON.stringify(url.slice(PREFIX.length));
  const source = `import m from ${real};\nexport default m && m.__esModule && "default" in m ? m.default : m;\n`;
  return { format: "module", source, shortCircuit: true };
}
