import { describe, expect, it } from "vitest";
import { decodeDeckFileBytes, MAX_FILE_BYTES } from "@/lib/core/content";
import { firstInvalidUtf8Offset } from "@/lib/core/content/decode-deck-file-bytes";

const utf8 = (s: string) => new TextEncoder().encode(s);
const PATH = "content/decks/x/deck.md";

describe("decodeDeckFileBytes", () => {
  it("decodes valid UTF-8, including Japanese and emoji", () => {
    expect(decodeDeckFileBytes(PATH, utf8("ポッド 🚀\n"))).toEqual({ path: PATH, text: "ポッド 🚀\n" });
  });

  it("keeps a BOM so that the parser can reject it", () => {
    const decoded = decodeDeckFileBytes(PATH, new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
    expect(decoded).toEqual({ path: PATH, text: "\uFEFFa" });
  });

  it("locates the first invalid byte by line and column (in characters) and byte offset", () => {
    const bytes = new Uint8Array([...utf8("ok\nポッド"), 0xff, ...utf8("\n")]);
    expect(decodeDeckFileBytes(PATH, bytes)).toEqual({ file: PATH, line: 2, column: 4, message: "invalid UTF-8 at byte 12" });
  });

  it("rejects a file over the size limit without decoding it", () => {
    const decoded = decodeDeckFileBytes(PATH, new Uint8Array(MAX_FILE_BYTES + 1));
    expect(decoded).toMatchObject({ line: 1, column: 1, message: expect.stringContaining("the limit is 262144") });
  });
});

describe("firstInvalidUtf8Offset", () => {
  it.each([
    ["a lone continuation byte", [0x61, 0x80], 1],
    ["an overlong two-byte form", [0xc0, 0xaf], 0],
    ["an overlong three-byte form", [0xe0, 0x80, 0xaf], 0],
    ["an encoded surrogate", [0x61, 0xed, 0xa0, 0x80], 1],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80], 0],
    ["a sequence cut off at the end", [0x61, 0x62, 0xe3, 0x83], 2],
    ["a lead byte followed by ASCII", [0xc3, 0x28], 0],
  ])("finds %s", (_what, bytes, offset) => {
    expect(firstInvalidUtf8Offset(new Uint8Array(bytes))).toBe(offset);
  });

  it("agrees with TextDecoder on valid multi-byte text", () => {
    const bytes = utf8("aé€😀ポ");
    expect(firstInvalidUtf8Offset(bytes)).toBe(bytes.length);
  });
});
