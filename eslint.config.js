// Lint: TypeScript rules plus the layer rule from the README's Layout (lib/core stays pure).
import tseslint from "typescript-eslint";

const CORE_FORBIDDEN = [
  { group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"], message: "lib/core is pure: no Next.js." },
  { group: ["@prisma/*", "prisma", "**/generated/prisma/**", "@/generated/*"], message: "lib/core is pure: no database." },
  { group: ["**/lib/server/**", "@/lib/server/*", "@/lib/server", "server-only"], message: "lib/core must not import lib/server." },
  { group: ["fs", "node:fs", "fs/promises", "node:fs/promises", "better-sqlite3", "child_process", "node:child_process"], message: "lib/core is pure: no I/O." },
];

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", "generated/**", "data/**", "tests/.tmp/**", "bench/out/**", "next-env.d.ts"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["lib/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: CORE_FORBIDDEN }],
      "no-restricted-globals": ["error", { name: "process", message: "lib/core is pure: pass settings in." }],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/core takes `now` as a parameter." }, { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/core takes `now` as a parameter." }, { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: "lib/core takes a seed." }],
    },
  },
);
