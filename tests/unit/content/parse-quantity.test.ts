import { describe, expect, it } from "vitest";
import { parseQuantity } from "@/lib/core/content/parse-quantity";
import { scaleIntOrPercent } from "@/lib/core/content/scale-int-or-percent";

const GI = 2n ** 30n * 10n ** 9n;

describe("parseQuantity", () => {
  it.each<[string, unknown, bigint]>([
    ["binary suffix", "5Gi", 5n * GI],
    ["the same size in Mi", "5120Mi", 5n * GI],
    ["a fraction of a binary unit", "1.5Gi", (3n * GI) / 2n],
    ["a plain byte count as a YAML number", 5368709120, 5n * GI],
    ["decimal SI", "1G", 10n ** 18n],
    ["milli", "500m", 5n * 10n ** 8n],
    ["a decimal fraction as a YAML number", 0.5, 5n * 10n ** 8n],
    ["a decimal fraction float maths would blur", "0.3", 3n * 10n ** 8n],
    ["a decimal exponent", "1e3", 10n ** 12n],
    ["a signed exponent", "25E-1", 25n * 10n ** 8n],
    ["a leading dot", ".5", 5n * 10n ** 8n],
    ["a trailing dot", "2.", 2n * 10n ** 9n],
    ["micro", "250u", 25n * 10n ** 4n],
    ["a value finer than 1n, rounded up as Kubernetes does", "0.1n", 1n],
    ["a negative value", "-1k", -(10n ** 12n)],
  ])("reads %s: %j", (_what, value, nano) => {
    expect(parseQuantity(value)).toBe(nano);
  });

  it.each([["5GB"], ["5 Gi"], ["Gi"], [""], ["."], ["1.2.3"], ["5gi"], ["0x10"], ["1e999"], [true], [null], [Infinity]])("refuses %j", (value) => {
    expect(parseQuantity(value)).toBeNull();
  });

  it("tells 1G from 1Gi", () => {
    expect(parseQuantity("1G")).not.toBe(parseQuantity("1Gi"));
  });
});

describe("scaleIntOrPercent", () => {
  it.each<[unknown, number, boolean, number | null]>([
    ["25%", 4, true, 1],
    ["25%", 10, true, 3],
    ["25%", 10, false, 2],
    ["30%", 4, true, 2],
    ["10%", 4, false, 0],
    ["7%", 100, true, 7],
    [1, 4, true, 1],
    [0, 4, false, 0],
    ["1", 4, true, null],
    ["25 %", 4, true, null],
    [1.5, 4, true, null],
    [-1, 4, true, null],
    [true, 4, true, null],
  ])("%j at %i replicas (round up: %s) is %j Pods", (value, replicas, roundUp, pods) => {
    expect(scaleIntOrPercent(value, replicas, roundUp)).toBe(pods);
  });
});
