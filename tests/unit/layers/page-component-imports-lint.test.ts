// The lint rules that keep pages, layouts and components off the database client, and components
// out of app/, must actually fire.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function ruleIdsFor(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

const DATABASE_IMPORTS = [
  'import { db } from "@/lib/server/db";\nexport const x = db;',
  'import { createDatabaseClient } from "@/lib/server/db/create-database-client";\nexport const x = createDatabaseClient;',
  'import { db } from "../../lib/server/db";\nexport const x = db;',
  'import { PrismaClient } from "@/generated/prisma/client";\nexport const x = PrismaClient;',
  'import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";\nexport const x = PrismaBetterSqlite3;',
];
const APP_IMPORTS = [
  'import { x } from "@/app/quiz/page";\nexport const y = x;',
  'import { x } from "../../app/quiz/page";\nexport const y = x;',
];

describe("pages, layouts and components import lint", () => {
  it.each(
    DATABASE_IMPORTS.flatMap((code) =>
      ["app/quiz/page.tsx", "app/layout.tsx", "components/quiz/example.tsx"].map((file) => [code, file]),
    ),
  )("rejects %s in %s", async (code, file) => {
    expect(await ruleIdsFor(code, file)).toContain("no-restricted-imports");
  });

  it.each(APP_IMPORTS)("rejects %s in components", async (code) => {
    expect(await ruleIdsFor(code, "components/quiz/example.tsx")).toContain("no-restricted-imports");
  });

  it("allows lib/server functions and lib/actions in pages and components", async () => {
    const code =
      'import { getQuizResults } from "@/lib/server/quizzes/get-quiz-results";\nimport { finishQuizAction } from "@/lib/actions/quizzes/finish-quiz";\nexport const x = [getQuizResults, finishQuizAction];';
    expect(await ruleIdsFor(code, "app/quiz/page.tsx")).toEqual([]);
    expect(await ruleIdsFor(code, "components/quiz/example.tsx")).toEqual([]);
  });

  it("allows the database client in lib/server", async () => {
    expect(
      await ruleIdsFor('import { db } from "@/lib/server/db";\nexport const x = db;', "lib/server/example.ts"),
    ).toEqual([]);
  });
});
