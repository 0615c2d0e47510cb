// The OpenAPI description of the deck-as-code API, served at /api/v1/openapi.json. Kept next to the
// handlers' constants so that the documented limit is the enforced one.
import { DECK_SLUG_PATTERN } from "@/lib/core/content/slug-patterns";
import { IMPORT_MAX_BYTES } from "../decks/import/read-upload";

const deckError = {
  type: "object",
  required: ["file", "line", "column", "message"],
  properties: {
    file: { type: "string" },
    line: { type: "integer" },
    column: { type: "integer" },
    message: { type: "string" },
  },
};
const keys = { type: "array", items: { type: "string" } };
const errorBody = {
  type: "object",
  properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" } } } },
};
const slugParam = {
  name: "slug",
  in: "path",
  required: true,
  schema: { type: "string", pattern: DECK_SLUG_PATTERN.source },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "KubeDrill deck API",
    version: "1",
    description: `Import and export decks from CI. Authenticate with an instructor API token (Instructor → API tokens): \`Authorization: Bearer kd_…\`. Uploads are limited to ${IMPORT_MAX_BYTES} bytes; larger bodies get 413 before they are read.`,
  },
  components: {
    securitySchemes: {
      token: { type: "http", scheme: "bearer", description: "An instructor API token (kd_…); revoked tokens get 401." },
    },
    schemas: {
      DeckError: deckError,
      ImportPlan: { type: "object", properties: { added: keys, changed: keys, unchanged: keys, removed: keys } },
      ImportOutcome: {
        oneOf: [
          {
            type: "object",
            required: ["ok", "plan"],
            properties: {
              ok: { const: true },
              slug: { type: "string" },
              isNewDeck: { type: "boolean" },
              committed: { type: "boolean" },
              version: { type: ["integer", "null"] },
              plan: { $ref: "#/components/schemas/ImportPlan" },
              reset: keys,
              warnings: { type: "array", items: deckError },
            },
          },
          {
            type: "object",
            required: ["ok", "errors"],
            properties: {
              ok: { const: false },
              slug: { type: "string" },
              errors: { type: "array", items: deckError },
              warnings: { type: "array", items: deckError },
            },
          },
        ],
      },
      Error: errorBody,
    },
  },
  security: [{ token: [] }],
  paths: {
    "/api/v1/decks/{slug}/import": {
      post: {
        summary: "Preview or commit an import into a deck (created when it does not exist)",
        description:
          "Without `commit=true` nothing is written and the answer lists added/changed/unchanged/removed items and every error with file:line:column. With it, everything is written in one transaction or nothing is. Items are matched by id (Anki: by note GUID), so importing again updates in place and learners keep their progress; `major` lists changed items whose learners' progress restarts. **Replace semantics (deck as code):** by default the file is the whole deck — items missing from it are retired — and a commit publishes a new version at once. The import page instead sends `into=draft`: items are added and updated in the deck's draft, only the ids listed in `remove` (which must be missing from the file) are removed, and nothing is published until the instructor publishes the draft.",
        parameters: [
          slugParam,
          { name: "commit", in: "query", schema: { type: "boolean", default: false } },
          {
            name: "major",
            in: "query",
            description: "comma-separated item ids whose change is major",
            schema: { type: "string" },
          },
          {
            name: "into",
            in: "query",
            schema: { enum: ["draft"] },
            description:
              "import into the draft (add and update only; nothing published) instead of replacing and publishing the deck",
          },
          {
            name: "remove",
            in: "query",
            description: "with into=draft: comma-separated ids of draft items missing from the file to remove",
            schema: { type: "string" },
          },
          {
            name: "format",
            in: "query",
            schema: { enum: ["deck", "csv", "apkg"] },
            description: "default: from the file names, else the Content-Type",
          },
          {
            name: "file",
            in: "query",
            schema: { type: "string" },
            description: "file name of a raw (non-multipart) body, used in error locations",
          },
          ...["front", "back", "tags", "id", "section"].map((name) => ({
            name,
            in: "query",
            schema: { type: "integer", minimum: 0 },
            description: `CSV: 0-based column of ${name}`,
          })),
          { name: "hasHeader", in: "query", schema: { type: "boolean", default: true } },
          {
            name: "byHeader",
            in: "query",
            schema: { type: "boolean", default: true },
            description:
              "CSV: when the header row (or Anki #columns:) names front and back (also id, tags, section; 表/裏 and other Japanese names), columns are found by those names and the positions above only fill in the rest",
          },
          { name: "delimiter", in: "query", schema: { enum: ["auto", ",", "tab", ";"], default: "auto" } },
        ],
        requestBody: {
          required: true,
          content: {
            "text/markdown": { schema: { type: "string" }, description: "one deck.md" },
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: { file: { type: "array", items: { type: "string", format: "binary" } } },
              },
              description: "deck files (deck.md + others), or one .csv/.apkg; CSV mapping fields may be form fields",
            },
            "text/csv": { schema: { type: "string" } },
            "application/vnd.anki": { schema: { type: "string", format: "binary" } },
          },
        },
        responses: {
          "200": {
            description: "preview or committed import",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ImportOutcome" } } },
          },
          "401": {
            description: "no, unknown or revoked token",
            content: { "application/json": { schema: errorBody } },
          },
          "403": { description: "not an instructor", content: { "application/json": { schema: errorBody } } },
          "404": {
            description: "the deck belongs to someone else",
            content: { "application/json": { schema: errorBody } },
          },
          "409": { description: "the slug is a built-in deck", content: { "application/json": { schema: errorBody } } },
          "413": {
            description: `body larger than ${IMPORT_MAX_BYTES} bytes`,
            content: { "application/json": { schema: errorBody } },
          },
          "422": {
            description: "the deck has errors; nothing written",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ImportOutcome" } } },
          },
        },
      },
    },
    "/api/v1/decks/{slug}/export": {
      get: {
        summary: "Export a deck",
        parameters: [
          slugParam,
          { name: "format", in: "query", schema: { enum: ["deck", "csv", "apkg"], default: "deck" } },
          { name: "source", in: "query", schema: { enum: ["published", "draft"], default: "published" } },
        ],
        responses: {
          "200": {
            description: "the file",
            content: { "text/markdown": {}, "text/csv": {}, "application/vnd.anki": {} },
          },
          "401": { description: "not signed in / bad token", content: { "application/json": { schema: errorBody } } },
          "404": { description: "no such deck, or not yours", content: { "application/json": { schema: errorBody } } },
        },
      },
    },
  },
} as const;
