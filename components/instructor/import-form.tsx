"use client";
// Upload → preview (nothing written) → commit. The same endpoint serves CI with an API token.
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ImportOutcome } from "@/lib/server/decks/import/import-deck";
import { primaryButton, secondaryButton } from "@/components/ui/field";

type Mapping = { hasHeader: boolean; delimiter: string; front: string; back: string; tags: string; id: string; section: string };
const select = "min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800";

export function ImportForm({ slug }: { slug: string }) {
  const t = useTranslations("instructor.import");
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<Mapping>({ hasHeader: true, delimiter: "auto", front: "0", back: "1", tags: "", id: "", section: "" });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isCsv = files.some((f) => /\.(csv|tsv|txt)$/i.test(f.name));

  async function send(commit: boolean) {
    setBusy(true);
    setFailure(null);
    const body = new FormData();
    for (const file of files) body.append("file", file, file.name);
    if (isCsv) for (const [key, value] of Object.entries(mapping)) body.append(key, String(value));
    const response = await fetch(`/api/v1/decks/${slug}/import${commit ? "?commit=true" : ""}`, { method: "POST", body });
    const json = await response.json().catch(() => null);
    setBusy(false);
    if (response.status === 200 || response.status === 422) setOutcome(json as ImportOutcome);
    else setFailure(json?.error?.message ?? `HTTP ${response.status}`);
  }

  const column = (name: keyof Mapping, optional: boolean) => (
    <div className="space-y-1">
      <label htmlFor={`map-${name}`} className="block text-sm font-medium">{t(`mapping.${name}`)}</label>
      <input id={`map-${name}`} type="number" min={0} className={select} value={String(mapping[name])} placeholder={optional ? t("mapping.none") : undefined} onChange={(e) => setMapping({ ...mapping, [name]: e.target.value })} />
    </div>
  );
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-files" className="block text-sm font-medium">{t("files")}</label>
        <input id="import-files" type="file" multiple accept=".md,.csv,.tsv,.txt,.apkg" aria-describedby="import-files-hint" className="block w-full text-sm" onChange={(e) => { setFiles([...(e.target.files ?? [])]); setOutcome(null); }} />
        <p id="import-files-hint" className="text-sm text-slate-600 dark:text-slate-300">{t("filesHint")}</p>
      </div>
      {isCsv && (
        <fieldset className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{t("mapping.title")}</legend>
          <label className="col-span-2 flex min-h-11 items-center gap-2 text-sm"><input type="checkbox" className="h-5 w-5" checked={mapping.hasHeader} onChange={(e) => setMapping({ ...mapping, hasHeader: e.target.checked })} />{t("mapping.hasHeader")}</label>
          <div className="col-span-2 space-y-1">
            <label htmlFor="map-delimiter" className="block text-sm font-medium">{t("mapping.delimiter")}</label>
            <select id="map-delimiter" className={select} value={mapping.delimiter} onChange={(e) => setMapping({ ...mapping, delimiter: e.target.value })}>
              <option value="auto">{t("mapping.auto")}</option><option value=",">,</option><option value="tab">Tab</option><option value=";">;</option>
            </select>
          </div>
          {column("front", false)}{column("back", false)}{column("tags", true)}{column("id", true)}{column("section", true)}
        </fieldset>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={secondaryButton} disabled={busy || files.length === 0} onClick={() => send(false)}>{t("preview")}</button>
        {outcome?.ok && !outcome.committed && <button type="button" className={primaryButton} disabled={busy} onClick={() => send(true)}>{t("commit")}</button>}
      </div>
      {failure && <p role="alert" className="font-medium text-red-700 dark:text-red-400">{failure}</p>}
      {outcome && <ImportOutcomeView outcome={outcome} />}
    </div>
  );
}

function ImportOutcomeView({ outcome }: { outcome: ImportOutcome }) {
  const t = useTranslations("instructor.import");
  const warnings = outcome.warnings.length > 0 && (
    <ul className="list-disc pl-5 text-sm text-amber-800 dark:text-amber-200">{outcome.warnings.map((w, i) => <li key={i}>{w.file}:{w.line}:{w.column}: {w.message}</li>)}</ul>
  );
  if (!outcome.ok) {
    return (
      <section role="alert" aria-label={t("errorsTitle")} className="space-y-2" data-testid="import-errors">
        <p className="font-semibold text-red-700 dark:text-red-400">{t("errors", { count: outcome.errors.length })}</p>
        <ul className="list-disc pl-5 font-mono text-sm">{outcome.errors.map((e, i) => <li key={i}>{e.file}:{e.line}:{e.column}: {e.message}</li>)}</ul>
        {warnings}
      </section>
    );
  }
  const { plan } = outcome;
  return (
    <section aria-live="polite" className="space-y-2" data-testid="import-plan">
      <p className="font-semibold">{outcome.committed ? t("committed", { version: outcome.version ?? 0 }) : t("previewTitle")}</p>
      <p className="text-sm">{t("summary", { added: plan.added.length, changed: plan.changed.length, unchanged: plan.unchanged.length, removed: plan.removed.length })}</p>
      {(["added", "changed", "removed"] as const).map((kind) => plan[kind].length > 0 && (
        <details key={kind} className="text-sm"><summary className="cursor-pointer">{t(`lists.${kind}`)} ({plan[kind].length})</summary><p className="break-words font-mono text-xs">{plan[kind].join(", ")}</p></details>
      ))}
      {warnings}
    </section>
  );
}
