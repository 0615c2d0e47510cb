"use client";
// Edits one item in a form; the preview beside it is rendered by the server exactly as a learner's
// review screen renders the item, and shows the parser's errors next to their fields as you type —
// only for fields the instructor has typed in or left (or all of them once they try to save), in
// the UI's language. A new item's id is made from its text until the instructor edits it.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { COMMON_FIELDS, TYPE_FIELDS, type FieldSpec, type FormValues } from "@/lib/core/editor/item-form";
import { suggestItemId } from "@/lib/core/editor/suggest-item-id";
import type { FieldError } from "@/lib/core/editor/validate-draft-item";
import type { DeckItemType } from "@/lib/core/content/deck-schema";
import { previewDraftItem, saveDraftItem } from "@/lib/client/api/deck-draft-api";
import { primaryButton, secondaryButton } from "@/components/ui/field";
import { ItemPreviewPanel, type Preview } from "./item-preview-panel";

/** `takenIds`: the ids of the draft's other items, which a generated id must not repeat. */
type Props = {
  slug: string;
  type: DeckItemType;
  originalKey: string | null;
  initial: FormValues;
  sections: { id: string; title: string }[];
  takenIds: string[];
};

const input =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100";

export function ItemEditor({ slug, type, originalKey, initial, sections, takenIds }: Props) {
  const t = useTranslations("instructor.editor");
  const [values, setValues] = useState<FormValues>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  // An existing item keeps its id (learners' history hangs on it); a new one follows its text until edited.
  const [idEdited, setIdEdited] = useState(originalKey !== null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saved, setSaved] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const sequence = useRef(0);
  const draftItem = (v: FormValues) => ({ originalKey, type, values: v });

  useEffect(() => {
    const id = ++sequence.current;
    const timer = setTimeout(async () => {
      const answer = await previewDraftItem(slug, draftItem(values));
      // Only the latest keystroke's answer is shown: earlier ones may arrive later.
      if (id === sequence.current && answer) setPreview(answer);
    }, 250);
    return () => clearTimeout(timer);
    // The body depends on `values` only; slug, type and originalKey are fixed for this page.
  }, [values]);

  async function save() {
    setSubmitted(true);
    setSaved("saving");
    const result = await saveDraftItem(slug, draftItem(values));
    if (result.ok && result.key) {
      window.location.assign(`/instructor/decks/${slug}?saved=${encodeURIComponent(result.key)}`);
      setSaved("saved");
    } else {
      setPreview((p) => ({
        cards: p?.cards ?? [],
        quizPromptHtml: p?.quizPromptHtml ?? null,
        notes: p?.notes ?? null,
        errors: result.errors ?? [],
      }));
      setSaved("failed");
    }
  }

  const shown = (e: FieldError) => submitted || touched.has(e.path);
  const say = (e: FieldError) =>
    e.code && t.has(`errors.${e.code}`) ? t(`errors.${e.code}`, e.params) : t("errors.invalid");
  const errorOf = (name: string) =>
    preview?.errors
      .filter((e) => e.path === name && shown(e))
      .map(say)
      .join(" ") || null;
  const touch = (name: string) => setTouched((old) => (old.has(name) ? old : new Set(old).add(name)));
  const change = (name: string, value: string | boolean) => {
    touch(name);
    if (name === "id") setIdEdited(value !== "");
    setValues((old) => {
      const next = { ...old, [name]: value };
      // Emptying the id hands it back to the generator at the next keystroke elsewhere.
      const follow = name !== "id" && !idEdited;
      return follow ? { ...next, id: suggestItemId(type, next, takenIds) } : next;
    });
  };
  const hintOf = (name: string) =>
    name === "id" && originalKey === null
      ? t("idHintGenerated")
      : t.has(`hints.${name}`)
        ? t(`hints.${name}`)
        : undefined;
  const field = (spec: FieldSpec) => (
    <EditorField
      key={spec.name}
      spec={spec}
      label={t(`fields.${spec.name}`)}
      hint={hintOf(spec.name)}
      value={values[spec.name]}
      error={errorOf(spec.name)}
      sections={sections}
      onChange={(v) => change(spec.name, v)}
      onBlur={() => touch(spec.name)}
      choiceLabel={(c) => (t.has(`choices.${c}`) ? t(`choices.${c}`) : c)}
    />
  );
  const visiblePreview = preview && {
    ...preview,
    errors: preview.errors.filter(shown).map((e) => ({ ...e, message: say(e) })),
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <p className="text-sm font-semibold text-slate-600 dark:text-slate-300">
          {t("typeLabel")}: {t(`types.${type}`)}
        </p>
        {TYPE_FIELDS[type].map(field)}
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" open>
          <summary className="cursor-pointer font-medium">{t("common")}</summary>
          <div className="mt-3 space-y-4">{COMMON_FIELDS.map(field)}</div>
        </details>
        {saved === "failed" && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-400">
            {t("fixErrors")}
          </p>
        )}
        <div className="flex gap-3">
          <button type="submit" className={primaryButton} disabled={saved === "saving"}>
            {t("saveToDraft")}
          </button>
          <a href={`/instructor/decks/${slug}`} className={`${secondaryButton} whitespace-nowrap`}>
            {t("cancel")}
          </a>
        </div>
      </form>
      <ItemPreviewPanel preview={visiblePreview} />
    </div>
  );
}

type FieldProps = {
  spec: FieldSpec;
  label: string;
  hint?: string;
  value: string | boolean | undefined;
  error: string | null;
  sections: { id: string; title: string }[];
  onChange: (value: string | boolean) => void;
  onBlur: () => void;
  choiceLabel: (choice: string) => string;
};

function EditorField({ spec, label, hint, value, error, sections, onChange, onBlur, choiceLabel }: FieldProps) {
  const id = `field-${spec.name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: spec.name,
    onBlur,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": described,
  };
  let control;
  if (spec.kind === "checkbox") {
    control = (
      <input
        type="checkbox"
        {...common}
        className="h-6 w-6"
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  } else if (spec.name === "section") {
    control = (
      <select
        {...common}
        className={`${input} min-h-12`}
        value={String(value ?? "")}
        onChange={(e) => onChange(e.target.value)}
      >
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === "select") {
    control = (
      <select
        {...common}
        className={`${input} min-h-12`}
        value={String(value ?? spec.choices?.[0] ?? "")}
        onChange={(e) => onChange(e.target.value)}
      >
        {spec.choices?.map((c) => (
          <option key={c} value={c}>
            {choiceLabel(c)}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === "text") {
    control = (
      <input
        type="text"
        {...common}
        className={`${input} min-h-12`}
        value={String(value ?? "")}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else {
    control = (
      <textarea
        {...common}
        rows={spec.kind === "markdown" ? 4 : 5}
        className={`${input} font-mono text-sm`}
        value={String(value ?? "")}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={spec.kind === "checkbox" ? "flex items-center gap-3" : "space-y-1"}>
      {spec.kind === "checkbox" && control}
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {spec.required && <span aria-hidden="true"> *</span>}
      </label>
      {spec.kind !== "checkbox" && control}
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
