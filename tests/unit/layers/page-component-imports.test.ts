// The same layer rules as eslint.config.js, checked on the files themselves so they hold where lint
// is not run: pages, layouts and components never import the database client; components never
// import from app/.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SPECIFIER = /\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Where an import points inside the repository ("lib/server/db", "app/quiz/page"), or the package name. */
function target(file: string, specifier: string): string {
  if (specifier.startsWith("@/")) return specifier.slice(2);
  if (specifier.startsWith(".")) return path.relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier));
  return specifier;
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  return [...text.matchAll(SPECIFIER)].map((m) => target(file, m[1] ?? m[2]));
}

const isDatabaseClient = (to: string) =>
  /^lib\/server\/db(\/|\.ts$|$)/.test(to) ||
  /^generated\/prisma/.test(to) ||
  to.startsWith("@prisma/") ||
  ["prisma", "better-sqlite3", "pg"].includes(to);
const isAppRoute = (to: string) => to === "app" || to.startsWith("app/");

const PAGES = filesUnder("app", (name) => name === "page.tsx" || name === "layout.tsx");
const COMPONENTS = filesUnder("components", (name) => /\.tsx?$/.test(name));

describe("pages, layouts and components imports", () => {
  it("finds the files it checks", () => {
    expect(PAGES).toContain("app/layout.tsx");
    expect(COMPONENTS).toContain("components/layout/site-header.tsx");
  });

  it("no page, layout or component imports the database client", () => {
    const offenders = [...PAGES, ...COMPONENTS].flatMap((file) =>
      importsOf(file)
        .filter(isDatabaseClient)
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it("no component imports from app/", () => {
    const offenders = COMPONENTS.flatMap((file) =>
      importsOf(file)
        .filter(isAppRoute)
        .map((to) => `${file} → ${to}`),
    );
    expect(offenders).toEqual([]);
  });

  it.each([
    ["components/quiz/x.tsx", "@/lib/server/db", "database"],
    ["components/quiz/x.tsx", "../../lib/server/db/create-database-client", "database"],
    ["app/quiz/page.tsx", "@/generated/prisma/client", "database"],
    ["app/quiz/page.tsx", "@prisma/adapter-pg", "database"],
    ["app/quiz/page.tsx", "@/lib/server/quizzes/get-quiz-results", "allowed"],
    ["app/quiz/page.tsx", "@/lib/server/dbx", "allowed"],
    ["components/quiz/x.tsx", "@/app/quiz/page", "app"],
    ["components/quiz/x.tsx", "../../app/quiz/page", "app"],
    ["components/quiz/x.tsx", "@/lib/actions/quizzes/finish-quiz", "allowed"],
    ["components/quiz/x.tsx", "./app-bar", "allowed"],
  ])("%s importing %s: %s", (file, specifier, kind) => {
    const to = target(file, specifier);
    expect(isDatabaseClient(to) ? "database" : isAppRoute(to) ? "app" : "allowed").toBe(kind);
  });
});
