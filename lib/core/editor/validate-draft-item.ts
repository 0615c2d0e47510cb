// Checks one item from the editor with the deck parser's own rules (deckItemSchema + checkItem, the
// code `npm run content:check` runs) plus what only the whole draft knows: its section exists and
// its id is unique. Errors carry the field path, so the form can show them next to the field.
import { checkItem, type CheckItemOptions } from "../content/check-item";
import { deckItemSchema, type DeckItemInput } from "../content/deck-schema";
import type { DeckItemType } from "../content/deck-schema";
import type { DeckDraft } from "./deck-draft";
import { codeFieldError, type FieldErrorCode } from "./field-error-codes";
import { fieldForPath, formToItem, type FormValues } from "./item-form";

/** `message` is the parser's English; `code` and `params` name it for the UI's language (field-error-codes). */
export type FieldError = { path: string; message: string } & Partial<FieldErrorCode>;
export type DraftItemCheck = { ok: true; item: DeckItemInput } | { ok: false; errors: FieldError[] };

/** `originalKey` is the id the item had before this edit (null for a new item). */
export function validateDraftItem(
  draft: DeckDraft,
  value: unknown,
  originalKey: string | null,
  options: CheckItemOptions,
): DraftItemCheck {
  const parsed = deckItemSchema.safeParse(value);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.join(".") || "type", message: describe(issue) })),
    };
  }
  const item = parsed.data;
  const errors: FieldError[] = checkItem(item, options).map((p) => ({ path: p.path.join("."), message: p.message }));
  if (!draft.front.sections.some((section) => section.id === item.section))
    errors.push({ path: "section", message: `unknown section "${item.section}"` });
  if (item.id !== originalKey && draft.items.some((other) => other.id === item.id))
    errors.push({ path: "id", message: `another item already has the id "${item.id}"` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, item };
}

/** Converts the editor's form values and validates the item; error paths are form field names. */
export function validateDraftForm(
  draft: DeckDraft,
  form: { type: string; values: FormValues; originalKey: string | null },
  options: CheckItemOptions,
): DraftItemCheck {
  const type = form.type as DeckItemType;
  const converted = formToItem(type, form.values);
  const checked = converted.ok ? validateDraftItem(draft, converted.item, form.originalKey, options) : converted;
  if (checked.ok) return checked;
  return {
    ok: false,
    errors: checked.errors.map((error) => ({
      path: fieldForPath(type, error.path),
      message: error.message,
      ...codeFieldError(error.message),
    })),
  };
}

/** Places the item in the draft: replaces the item it was (keeping its place) or appends it to its section. */
export function putDraftItem(draft: DeckDraft, item: DeckItemInput, originalKey: string | null): DeckDraft {
  const index = originalKey === null ? -1 : draft.items.findIndex((other) => other.id === originalKey);
  if (index !== -1) return { ...draft, items: draft.items.map((other, i) => (i === index ? item : other)) };
  const lastOfSection = draft.items.findLastIndex((other) => other.section === item.section);
  const items = [...draft.items];
  items.splice(lastOfSection === -1 ? items.length : lastOfSection + 1, 0, item);
  return { ...draft, items };
}

function describe(issue: { code: string; message: string; path: PropertyKey[] }): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return "required";
  if (issue.code === "unrecognized_keys") return issue.message;
  return issue.message;
}
