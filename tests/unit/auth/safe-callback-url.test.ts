import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/core/auth/safe-callback-url";

// Each hostile callback, followed the way a browser would (resolved against our origin), must
// land on our own origin. Most end at "/"; a few are harmless same-origin paths, which is fine.
const HOSTILE = [
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\n/evil.example",
  "\t/evil.example",
  "//evil.example",
  "///evil.example",
  "////evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\t\\evil.example",
  "https://evil.example",
  "http://evil.example/",
  "HTTPS://evil.example",
  "//evil.example/%2F..",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "evil.example",
  "evil.example/path",
  "@evil.example",
  "/@evil.example",
  "//user@evil.example",
  "https:evil.example",
  "https:/evil.example",
  "//evil.example:443",
  "/\u3000/evil.example",
  "\u3000//evil.example",
  "／／evil.example",
  "/／evil.example",
  "＼＼evil.example",
  "//evil%2Eexample",
  "//%65vil.example",
  "/%2F%2Fevil.example",
  "%2F%2Fevil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "//127.0.0.1",
  "//[::1]",
  "//0x7f.1",
  "/." + "/".repeat(3000),
  "",
  "   ",
  "?next=//evil.example",
  "#//evil.example",
  "/\u2028/evil.example",
  "\ufeff//evil.example",
  "/..//evil.example",
  "/./\t/evil.example",
  "//evil.example\\@kubedrill.invalid",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
];

function landsOnOwnOrigin(path: string): boolean {
  const origin = "http://localhost:3000";
  // Browsers strip tab/newline before parsing: resolve what a browser would.
  return new URL(path.replace(/[\t\n\r]/g, ""), origin).origin === origin;
}

describe("safeCallbackUrl", () => {
  it("has at least 40 hostile cases", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(HOSTILE.map((raw) => [JSON.stringify(raw).slice(0, 60), raw]))("%s stays on our origin", (_label, raw) => {
    const result = safeCallbackUrl(raw);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(result.startsWith("/\\")).toBe(false);
    expect(/[\t\n\r\u0000-\u001f]/.test(result)).toBe(false);
    expect(landsOnOwnOrigin(result)).toBe(true);
  });

  it("refuses the reported open redirect and the inputs that used to answer 500", () => {
    for (const raw of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "\u3000/evil.example"]) {
      expect(safeCallbackUrl(raw)).toBe("/");
    }
  });

  it("keeps our own paths, with their query and fragment", () => {
    expect(safeCallbackUrl("/review/kubernetes-workloads")).toBe("/review/kubernetes-workloads");
    expect(safeCallbackUrl("/quiz/abc/results?x=1#top")).toBe("/quiz/abc/results?x=1#top");
    expect(safeCallbackUrl("/join/AbC123")).toBe("/join/AbC123");
    expect(safeCallbackUrl("/cram/%E3%83%87")).toBe("/cram/%E3%83%87");
  });

  it("uses the fallback for missing input", () => {
    expect(safeCallbackUrl(undefined)).toBe("/");
    expect(safeCallbackUrl(null, "/dashboard")).toBe("/dashboard");
  });
});
