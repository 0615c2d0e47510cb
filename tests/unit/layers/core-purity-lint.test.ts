// The lint rule that keeps lib/core pure must actually fire.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIdsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

describe("lib/core purity lint", () => {
  it.each([
    ['import fs from "node:fs";\nexport const x = fs;', "no-restricted-imports"],
    ['import { db } from "@/lib/server/db";\nexport const x = db;', "no-restricted-imports"],
    ['import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;', "no-restricted-imports"],
    ['import { redirect } from "next/navigation";\nexport const x = redirect;', "no-restricted-imports"],
    ["export const now = new Date();", "no-restricted-syntax"],
    ["export const r = Math.random();", "no-restricted-syntax"],
    ["export const e = process.env.X;", "no-restricted-globals"],
  ])("rejects %s in lib/core", async (code, rule) => {
    expect(await ruleIdsFor(code, "lib/core/example.ts")).toContain(rule);
  });

  it("allows the same imports outside lib/core", async () => {
    expect(await ruleIdsFor('import fs from "node:fs";\nexport const x = fs;', "lib/server/example.ts")).toEqual([]);
  });
});
