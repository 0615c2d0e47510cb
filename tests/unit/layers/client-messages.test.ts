// Each area sends the browser only the message namespaces its client components use
// (components/i18n/client-messages.tsx). This walks the imports of every page and checks that the
// namespaces its client components ask for with useTranslations are given by its layouts or itself;
// a missing one would render raw keys like "review.show" on that page.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const EXTENSIONS = [".tsx", ".ts", "/index.tsx", "/index.ts"];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  return (
    [base, ...EXTENSIONS.map((ext) => base + ext)].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    ) ?? null
  );
}

const read = (file: string) => fs.readFileSync(file, "utf8");
const importsOf = (file: string) =>
  [...read(file).matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)]
    .map((m) => resolveImport(file, m[1]))
    .filter((f): f is string => f !== null);
const isClient = (file: string) => /^\s*(\/\/.*\n)*\s*"use client"/.test(read(file));
/** A namespace is given when it or an enclosing namespace is ("quiz" gives "quiz.feedbackCodes"). */
const isGiven = (needed: string, given: Set<string>) =>
  [...given].some((g) => needed === g || needed.startsWith(`${g}.`));

/** Namespaces used with useTranslations by client code reachable from `entry`. */
function clientNamespaces(entry: string): Set<string> {
  const needed = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, onClient: boolean) => {
    const key = `${file}:${onClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const client = onClient || isClient(file);
    if (client) for (const m of read(file).matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) needed.add(m[1]);
    for (const imported of importsOf(file)) visit(imported, client);
  };
  visit(entry, false);
  return needed;
}

const givenIn = (file: string) =>
  [...read(file).matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) =>
    [...m[1].matchAll(/"([^"]+)"/g)].map((n) => n[1]),
  );

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pages(full) : entry.name === "page.tsx" || entry.name === "error.tsx" ? [full] : [];
  });
}

/** What the layouts from app/ down to the page's folder give (the innermost provider wins, so only it counts). */
function givenFor(page: string): Set<string> {
  let given: string[] = [];
  const segments = path.relative(path.join(ROOT, "app"), path.dirname(page)).split(path.sep).filter(Boolean);
  for (let depth = 0; depth <= segments.length; depth++) {
    const layout = path.join(ROOT, "app", ...segments.slice(0, depth), "layout.tsx");
    if (fs.existsSync(layout) && givenIn(layout).length > 0) given = givenIn(layout);
  }
  return new Set([...given, ...givenIn(page)]);
}

describe("client message namespaces", () => {
  const all = pages(path.join(ROOT, "app"));
  it("finds the pages and their client components", () => {
    expect(all.length).toBeGreaterThan(20);
    // The session-expired notice speaks "errors"; the answer panel shows the graders' feedback,
    // which needs only quiz.feedbackCodes, not the whole quiz namespace.
    const review = [...clientNamespaces(path.join(ROOT, "app/review/[deckSlug]/page.tsx"))];
    expect(review.filter((ns) => !isGiven(ns, new Set(["errors", "quiz.feedbackCodes", "review"])))).toEqual([]);
    expect(review).toContain("quiz.feedbackCodes");
  });

  it.each(all.map((p) => [path.relative(ROOT, p), p]))(
    "%s gets every namespace its client components use",
    (_name, page) => {
      const missing = [...clientNamespaces(page)].filter((ns) => !isGiven(ns, givenFor(page)));
      expect(missing).toEqual([]);
    },
  );
});
