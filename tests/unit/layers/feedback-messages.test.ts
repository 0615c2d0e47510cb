// Every feedback code a grader can emit has a message in both languages, so a learner never sees a raw code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

const codes = new Set(
  ["lib/core/grading", "lib/core/kubectl"].flatMap(sourceFiles).flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/code: "([a-z-]+)"/g)].map((m) => m[1])),
);

describe("grader feedback messages", () => {
  it.each(["ja", "en"])("%s has a message for every feedback code", (locale) => {
    const messages = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")).quiz.feedbackCodes as Record<string, string>;
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !(code in messages))).toEqual([]);
  });
});
