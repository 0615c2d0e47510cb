import { z } from "zod";
import { DECK_SLUG_PATTERN, ITEM_ID_PATTERN, SECTION_ID_PATTERN } from "./slug-patterns";

const text = z.string().regex(/\S/, "must not be empty");
const id = z.string().regex(ITEM_ID_PATTERN, "must be 3–80 characters of a-z, 0-9 and -");
const answers = z.array(text).min(1, "must list at least one form; omit the field instead");

/** Deck front matter of deck.md. */
export const deckFrontMatterSchema = z.strictObject({
  slug: z.string().regex(DECK_SLUG_PATTERN, "must be 3–64 characters of a-z, 0-9 and -"),
  title: text,
  description: text.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 language tag such as ja or en-US"),
  kubernetesVersion: z
    .string({ error: 'must be a quoted string such as "1.32"' })
    .regex(/^1\.\d{1,2}$/, 'must be a Kubernetes minor version such as "1.32"'),
  sections: z
    .array(
      z.strictObject({
        id: z.string().regex(SECTION_ID_PATTERN, "must be 1–64 characters of a-z, 0-9 and -"),
        title: text,
        notes: text,
      }),
    )
    .min(1, "must list at least one section"),
});
export type DeckFrontMatter = z.infer<typeof deckFrontMatterSchema>;

const common = {
  id,
  section: z.string(),
  // Required in curated decks (content/decks, ParseDeckOptions.curated); optional in instructor
  // decks, where imported Anki or CSV cards have no explanation to give.
  explanation: text.optional(),
  source: z
    .strictObject({
      notes: text,
      url: z
        .string()
        .regex(/^https:\/\/kubernetes\.io\/[^\s"'<>`]*$/, "must be an https://kubernetes.io/… URL")
        .optional(),
    })
    .optional(),
  correction: z.strictObject({ claimed: text, actual: text }).optional(),
  fields: z
    .array(z.string().regex(/^[A-Z][A-Za-z0-9]*(\.[A-Za-z0-9]+)*$/, "must be Kind.field.path, e.g. Pod.spec.containers"))
    .optional(),
  tags: z.array(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,39}$/u, "must be 1–40 letters, digits, . _ or -")).optional(),
};

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * One entry of an ordering item's `steps`: a step, or a group of steps that may come in any order
 * among themselves at that place (e.g. two independent `kubectl set` commands between a pause and
 * a resume). Step counts and duplicates across groups are checked by checkItem.
 */
const orderingStep = z.union([text, z.strictObject({ anyOrder: z.array(text).min(2, "an anyOrder group needs at least 2 steps") })], {
  error: "must be a step (text) or an anyOrder group: { anyOrder: [two or more steps] }",
});
export type OrderingStep = z.infer<typeof orderingStep>;

/** How a check compares `equals` with the manifest's value; `exact` (the default) is strict equality, 3 is not "3". */
export const MANIFEST_COMPARES = ["exact", "quantity", "surge", "unavailable"] as const;
export type ManifestCompare = (typeof MANIFEST_COMPARES)[number];

/**
 * One manifest check; exactly one of equals/exists/absent, and `compare`/`replicas` fitting
 * `equals`, are enforced by checkItem. `compare` says how `equals` is compared with the value found
 * (manifest-value-matches.ts); `replicas` is the replica count a surge/unavailable percentage is of.
 */
export const manifestCheckSchema = z.strictObject({
  path: z.string().regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_/-]+)*$/, "must be a dotted path such as spec.replicas"),
  equals: scalar.optional(),
  exists: z.literal(true).optional(),
  absent: z.literal(true).optional(),
  compare: z.enum(MANIFEST_COMPARES, { error: `must be one of ${MANIFEST_COMPARES.join(", ")}` }).optional(),
  replicas: z.number().int().min(1).max(100_000).optional(),
  weight: z.number().positive().max(100).optional(),
});
export type ManifestCheck = z.infer<typeof manifestCheckSchema>;

/** Every item type of the deck format (docs/deck-format.md), discriminated by `type`. */
export const deckItemSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...common, type: z.literal("basic"), front: text, back: text, reversed: z.boolean().optional() }),
  z.strictObject({ ...common, type: z.literal("cloze"), text }),
  z.strictObject({
    ...common,
    type: z.literal("typed"),
    prompt: text,
    answer: text,
    accept: answers.optional(),
    match: z.enum(["prose", "identifier"]).optional(),
  }),
  z.strictObject({
    ...common,
    type: z.literal("choice"),
    prompt: text,
    options: z.array(z.strictObject({ text, correct: z.boolean() })).min(2).max(8),
    multiple: z.boolean().optional(),
  }),
  z.strictObject({ ...common, type: z.literal("truefalse"), statement: text, answer: z.boolean() }),
  z.strictObject({ ...common, type: z.literal("ordering"), prompt: text, steps: z.array(orderingStep).min(1).max(8) }),
  z.strictObject({ ...common, type: z.literal("kubectl"), prompt: text, answer: text, accept: answers.optional() }),
  z.strictObject({
    ...common,
    type: z.literal("manifest"),
    prompt: text,
    kind: z.string().regex(/^[A-Z][A-Za-z0-9]*$/, "must be a Kubernetes kind such as Deployment"),
    apiVersion: z.string().regex(/^([a-z0-9.-]+\/)?v[0-9a-z]+$/, "must be an apiVersion such as apps/v1"),
    starter: text.optional(),
    solution: z.record(z.string(), z.unknown()),
    checks: z.array(manifestCheckSchema).min(1),
  }),
]);

/** An item as written in a block (before the parser adds its placement). */
export type DeckItemInput = z.infer<typeof deckItemSchema>;
export type DeckItemType = DeckItemInput["type"];
export const DECK_ITEM_TYPES: readonly DeckItemType[] = [
  "basic", "cloze", "typed", "choice", "truefalse", "ordering", "kubectl", "manifest",
];

/** Where an item came from: its 0-based position in the deck, its file and the line of its first key. */
export type ItemPlacement = { position: number; file: string; line: number };
export type DeckItem = DeckItemInput & ItemPlacement;
/** The input shape of one item type, e.g. `DeckItemInputOf<"choice">`. */
export type DeckItemInputOf<T extends DeckItemType> = Extract<DeckItemInput, { type: T }>;
/** A parsed item of one type, with its placement. */
export type DeckItemOf<T extends DeckItemType> = DeckItemInputOf<T> & ItemPlacement;
