import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/core/text/markdown-to-plain-text";

describe("markdownToPlainText", () => {
  it.each([
    ["## Pod L2", "Pod L2"],
    ["### `kubectl scale` の例", "kubectl scale の例"],
    ["**重要**: `dnsPolicy` は [公式](https://kubernetes.io) を参照", "重要: dnsPolicy は 公式 を参照"],
    ["## ReplicaSet / ### 作成 L27", "ReplicaSet / 作成 L27"],
    ["plain text", "plain text"],
    ["snake_case_name stays", "snake_case_name stays"],
  ])("%j → %j", (input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});
