import { describe, expect, it } from "vitest";
import { checkPassword } from "@/lib/core/auth/password-rules";

const never = () => false;

describe("checkPassword", () => {
  it.each([
    "aaaaaaaaaa",
    " ".repeat(10),
    "\u3000".repeat(12),
    "ababababab",
    "abcabcabcabc",
    "AaAaAaAaAa",
    "1111111111111111",
  ])("refuses the repetitive %j", (password) => {
    expect(checkPassword(password, never)).toBe("too-common");
  });
  it("accepts a long passphrase and a Japanese one", () => {
    expect(checkPassword("kube-drill-Страна-42!", never)).toBeNull();
    expect(checkPassword("ステートフルセットの順序", never)).toBeNull();
  });
  it("still applies length and the common list", () => {
    expect(checkPassword("short", never)).toBe("too-short");
    expect(checkPassword("password123", (p) => p === "password123")).toBe("too-common");
  });
});
