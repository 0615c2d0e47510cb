// Lint: TypeScript rules plus the layer rules from the README's Layout: lib/core stays pure; pages and
// components read data through lib/server functions, never the database client; components never
// reach up into app/ (actions live in lib/actions). tests/unit/layers checks the same without ESLint.
import tseslint from "typescript-eslint";

const CORE_FORBIDDEN = [
  {
    group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"],
    message: "lib/core is pure: no Next.js.",
  },
  {
    group: ["@prisma/*", "prisma", "**/generated/prisma/**", "@/generated/*"],
    message: "lib/core is pure: no database.",
  },
  {
    group: ["**/lib/server/**", "@/lib/server/*", "@/lib/server", "server-only"],
    message: "lib/core must not import lib/server.",
  },
  {
    group: [
      "fs",
      "node:fs",
      "fs/promises",
      "node:fs/promises",
      "better-sqlite3",
      "child_process",
      "node:child_process",
    ],
    message: "lib/core is pure: no I/O.",
  },
];

const DATABASE_CLIENT = [
  {
    group: [
      "@/lib/server/db",
      "@/lib/server/db/*",
      "**/lib/server/db",
      "**/lib/server/db/*",
      "@prisma/*",
      "prisma",
      "@/generated/*",
      "**/generated/prisma*/**",
      "better-sqlite3",
      "pg",
    ],
    message: "Pages, layouts and components read data through lib/server functions, not the database client.",
  },
];
const APP_ROUTES = [
  {
    group: ["@/app", "@/app/*", "**/app", "**/app/*"],
    message: "Components must not import from app/ (routes only); server actions live in lib/actions.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "generated/**",
      "data/**",
      "tests/.tmp/**",
      "bench/out/**",
      "next-env.d.ts",
    ],
  },
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
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "lib/core takes `now` as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "lib/core takes `now` as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "lib/core takes a seed.",
        },
      ],
    },
  },
  {
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: DATABASE_CLIENT }] },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [...DATABASE_CLIENT, ...APP_ROUTES] }] },
  },
);
