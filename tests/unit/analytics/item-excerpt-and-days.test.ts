import { describe, expect, it } from "vitest";
import { itemExcerpt } from "@/lib/core/analytics/item-excerpt";
import { utcDaySeries, utcWindowStart } from "@/lib/core/analytics/utc-day-series";

describe("itemExcerpt", () => {
  it("uses the front, prompt or statement, on one line", () => {
    expect(itemExcerpt({ type: "basic", body: { front: "What is\n a  Pod?" }, answer: { back: "secret" } })).toBe(
      "What is a Pod?",
    );
    expect(
      itemExcerpt({ type: "kubectl", body: { prompt: "List pods" }, answer: { answer: "kubectl get pods" } }),
    ).toBe("List pods");
    expect(itemExcerpt({ type: "truefalse", body: { statement: "Pods are cattle." }, answer: { answer: true } })).toBe(
      "Pods are cattle.",
    );
    expect(
      itemExcerpt({
        type: "basic",
        body: { front: "## What does `kubectl get pods -o wide` add?\n**Hint**: see [docs](https://kubernetes.io/)" },
        answer: {},
      }),
    ).toBe("What does kubectl get pods -o wide add? Hint: see docs");
    expect(
      itemExcerpt({ type: "cloze", body: {}, answer: { text: "`dnsPolicy: {{c1::None}}` needs `dnsConfig`" } }),
    ).toBe("dnsPolicy: None needs dnsConfig");
  });

  it("fills a cloze's deletions in with their answers", () => {
    expect(
      itemExcerpt({ type: "cloze", body: {}, answer: { text: "A {{c1::Pod}} holds {{c2::containers::plural}}." } }),
    ).toBe("A Pod holds containers.");
  });

  it("cuts long text to the given length with an ellipsis", () => {
    const excerpt = itemExcerpt({ type: "basic", body: { front: "x".repeat(200) }, answer: {} }, 20);
    expect(excerpt).toHaveLength(20);
    expect(excerpt.endsWith("…")).toBe(true);
  });
});

describe("utcDaySeries", () => {
  const now = new Date("2026-03-10T23:30:00Z");
  it("lists the last N UTC days oldest first, today included, with zero for quiet days", () => {
    const series = utcDaySeries(
      new Map([
        ["2026-03-10", 3],
        ["2026-03-08", 1],
        ["2026-03-01", 9],
      ]),
      now,
      3,
    );
    expect(series).toEqual([
      { day: "2026-03-08", count: 1 },
      { day: "2026-03-09", count: 0 },
      { day: "2026-03-10", count: 3 },
    ]);
  });

  it("starts the window at midnight UTC of the first day", () => {
    expect(utcWindowStart(now, 30).toISOString()).toBe("2026-02-09T00:00:00.000Z");
  });
});
