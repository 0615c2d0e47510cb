import { describe, expect, it } from "vitest";
import { normalizeAnswer } from "@/lib/core/grading/normalize-answer";

describe("normalizeAnswer in prose mode", () => {
  it.each([
    ["ｻｲﾄﾞｶｰ", "サイドカー"],
    ["さいどかー", "サイドカー"],
    ["サイドカ-", "サイドカー"],
    ["サイドカ‐", "サイドカー"],
    ["サイドカ－", "サイドカー"],
    ["サイドカ—", "サイドカー"],
    ["「サイドカー」。", "サイドカー"],
    ["サイドカー・コンテナ", "サイドカーコンテナ"],
    ["サイドカー　コンテナ", "サイドカーコンテナ"],
    ["Pod の IP", "PodのIP"],
    ["ＬＯＣＡＬＨＯＳＴ", "localhost"],
    ["  (localhost).  ", "localhost"],
    ["“sidecar   container”", "sidecar container"],
  ])("treats %s like %s", (variant, canonical) => {
    expect(normalizeAnswer(variant, "prose")).toBe(normalizeAnswer(canonical, "prose"));
  });

  it("folds katakana to hiragana and upper to lower case", () => {
    expect(normalizeAnswer("ドメイン Name", "prose")).toBe("どめいんname");
  });

  it("keeps a hyphen between ASCII letters and inner punctuation such as % and .", () => {
    expect(normalizeAnswer("kube-proxy 25% v1.32.", "prose")).toBe("kube-proxy 25% v1.32");
  });

  it("keeps spaces between ASCII words", () => {
    expect(normalizeAnswer("init container", "prose")).not.toBe(normalizeAnswer("initcontainer", "prose"));
  });
});

describe("normalizeAnswer in identifier mode", () => {
  it.each([
    ["ＯｒｄｅｒｅｄＲｅａｄｙ", "OrderedReady"],
    ["  `OrderedReady`  ", "OrderedReady"],
    ["「OrderedReady」", "OrderedReady"],
    ["'OrderedReady'。", "OrderedReady"],
    ["２５％", "25%"],
    ["ｋｕｂｅーｓｙｓｔｅｍ", "kube-system"],
    ["kube‐system", "kube-system"],
    ["ａｐｐｓ／ｖ１", "apps/v1"],
  ])("reads %s as %s", (variant, canonical) => {
    expect(normalizeAnswer(variant, "identifier")).toBe(canonical);
  });

  it("keeps case", () => {
    expect(normalizeAnswer("orderedready", "identifier")).toBe("orderedready");
  });

  it("keeps a long-vowel mark that follows kana", () => {
    expect(normalizeAnswer("サイドカー", "identifier")).toBe("サイドカー");
  });
});
