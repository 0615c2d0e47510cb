"use client";
// Edits one item in a form; the preview beside it is rendered by the server exactly as a learner's
// review screen renders the item, and shows the parser's errors next to their fields as you type.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { COMMON_FIELDS, TYPE_FIELDS, type FieldSpec, type FormValues } from "@/lib/core/editor/item-form";
import type { DeckItemType } from "@/lib/core/content/deck-schema";
import { primaryButton, secondaryButton } from "@/components/ui/field";
import { ItemPreviewPanel, type Preview } from "./item-preview-panel";

type Props = { slug: string; type: DeckItemType; originalKey: string | null; initial: FormValues; sections: { id: string; title: string }[] };

const input = "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100";

export function ItemEditor({ slug, type, originalKey, initial, sections }: Props) {
  const t = useTranslations("instructor.editor");
  const [values, setValues] = useState<FormValues>(initial);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saved, setSaved] = useState<"idle" | "saving" | "saved" | "failed">("idle");
  const sequence = useRef(0);
  const body = (v: FormValues) => JSON.stringify({ originalKey, type, values: v });

  useEffect(() => {
    const id = ++sequence.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`/api/v1/decks/${slug}/draft/preview`, { method: "POST", headers: { "content-type": "application/json" }, body: body(values) });
      // Only the latest keystroke's answer is shown: earlier ones may arrive later.
      if (id === sequence.current && response.ok) setPreview(await response.json());
    }, 250);
    return () => clearTimeout(timer);
    // The body depends on `values` only; slug, type and originalKey are fixed for this page.
  }, [values]);

  async function save() {
    setSaved("saving");
    const response = await fetch(`/api/v1/decks/${slug}/draft/items`, { method: "POST", headers: { "content-type": "application/json" }, body: body(values) });
    const result = (await response.json()) as { ok: boolean; key?: string; errors?: Preview["errors"] };
    if (result.ok && result.key) {
      window.location.assign(`/instructor/decks/${slug}?saved=${encodeURIComponent(result.key)}`);
      setSaved("saved");
    } else {
      setPreview((p) => ({ cards: p?.cards ?? [], quizPromptHtml: p?.quizPromptHtml ?? null, notes: p?.notes ?? null, errors: result.errors ?? [] }));
      setSaved("failed");
    }
  }

  const errorOf = (name: string) => preview?.errors.filter((e) => e.path === name).map((e) => e.message).join("; ") || null;
  const field = (spec: FieldSpec) => <EditorField key={spec.name} spec={spec} label={t(`fields.${spec.name}`)} hint={t.has(`hints.${spec.name}`) ? t(`hints.${spec.name}`) : undefined} value={values[spec.name]} error={errorOf(spec.name)} sections={sections} onChange={(v) => setValues((old) => ({ ...old, [spec.name]: v }))} choiceLabel={(c) => (t.has(`choices.${c}`) ? t(`choices.${c}`) : c)} />;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form className="space-y-4" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        <p className="text-sm font-semibold text-slate-600 dark:text-slate-300">{t("typeLabel")}: {t(`types.${type}`)}</p>
        {TYPE_FIELDS[type].map(field)}
        <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700" open>
          <summary className="cursor-pointer font-medium">{t("common")}</summary>
          <div className="mt-3 space-y-4">{COMMON_FIELDS.map(field)}</div>
        </details>
        {saved === "failed" && <p role="alert" className="font-medium text-red-700 dark:text-red-400">{t("fixErrors")}</p>}
        <div className="flex gap-3">
          <button type="submit" className={primaryButton} disabled={saved === "saving"}>{t("saveToDraft")}</button>
          <a href={`/instructor/decks/${slug}`} className={secondaryButton}>{t("cancel")}</a>
        </div>
      </form>
      <ItemPreviewPanel preview={preview} />
    </div>
  );
}

type FieldProps = { spec: FieldSpec; label: string; hint?: string; value: string | boolean | undefined; error: string | null; sections: { id: string; title: string }[]; onChange: (value: string | boolean) => void; choiceLabel: (choice: string) => string };

function EditorField({ spec, label, hint, value, error, sections, onChange, choiceLabel }: FieldProps) {
  const id = `field-${spec.name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const common = { id, name: spec.name, "aria-invalid": error ? true : undefined, "aria-describedby": described };
  let control;
  if (spec.kind === "checkbox") {
    control = <input type="checkbox" {...common} className="h-6 w-6" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
  } else if (spec.name === "section") {
    control = <select {...common} className={`${input} min-h-12`} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)}>{sections.map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}</select>;
  } else if (spec.kind === "select") {
    control = <select {...common} className={`${input} min-h-12`} value={String(value ?? spec.choices?.[0] ?? "")} onChange={(e) => onChange(e.target.value)}>{spec.choices?.map((c) => <option key={c} value={c}>{choiceLabel(c)}</option>)}</select>;
  } else if (spec.kind === "text") {
    control = <input type="text" {...common} className={`${input} min-h-12`} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = <textarea {...common} rows={spec.kind === "markdown" ? 4 : 5} className={`${input} font-mono text-sm`} value={String(value ?? "")} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={spec.kind === "checkbox" ? "flex items-center gap-3" : "space-y-1"}>
      {spec.kind === "checkbox" && control}
      <label htmlFor={id} className="block text-sm font-medium">{label}{spec.required && <span aria-hidden="true"> *</span>}</label>
      {spec.kind !== "checkbox" && control}
      {hint && <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-300">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
