"use client";
// Upload → preview (nothing written) → import into the draft → publish from the deck page. The
// commit button comes after the preview and its counts; removing items the file lacks is an
// explicit, red, opt-in choice that lists what goes. (CI uses the same endpoint without into=draft.)
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { DraftImportOutcome } from "@/lib/server/decks/import/import-into-draft";
import { importDeckFiles } from "@/lib/client/api/deck-draft-api";
import { primaryButton, secondaryButton } from "@/components/ui/field";

type Mapping = {
  hasHeader: boolean;
  byHeader: boolean;
  delimiter: string;
  front: string;
  back: string;
  tags: string;
  id: string;
  section: string;
};
const select =
  "min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800";

export function ImportForm({ slug }: { slug: string }) {
  const t = useTranslations("instructor.import");
  const [files, setFiles] = useState<File[]>([]);
  const [mapping, setMapping] = useState<Mapping>({
    hasHeader: true,
    byHeader: true,
    delimiter: "auto",
    front: "0",
    back: "1",
    tags: "",
    id: "",
    section: "",
  });
  const [outcome, setOutcome] = useState<DraftImportOutcome | null>(null);
  const [removeMissing, setRemoveMissing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isCsv = files.some((f) => /\.(csv|tsv|txt)$/i.test(f.name));
  const reset = () => {
    setOutcome(null);
    setRemoveMissing(false);
  };

  async function send(commit: boolean) {
    setBusy(true);
    setFailure(null);
    const body = new FormData();
    for (const file of files) body.append("file", file, file.name);
    if (isCsv) for (const [key, value] of Object.entries(mapping)) body.append(key, String(value));
    const query = new URLSearchParams({ into: "draft" });
    if (commit) query.set("commit", "true");
    const missing = outcome?.ok ? outcome.plan.missing.map((m) => m.id) : [];
    if (commit && removeMissing && missing.length > 0) query.set("remove", missing.join(","));
    const answer = await importDeckFiles(slug, body, query);
    setBusy(false);
    if (answer.ok) setOutcome(answer.outcome);
    else setFailure(answer.message);
  }

  const column = (name: keyof Mapping, optional: boolean) => (
    <div className="space-y-1">
      <label htmlFor={`map-${name}`} className="block text-sm font-medium">
        {t(`mapping.${name}`)}
      </label>
      <input
        id={`map-${name}`}
        type="number"
        min={0}
        className={select}
        value={String(mapping[name])}
        placeholder={optional ? t("mapping.none") : undefined}
        onChange={(e) => {
          setMapping({ ...mapping, [name]: e.target.value });
          reset();
        }}
      />
    </div>
  );
  const preview = outcome?.ok && !outcome.committed ? outcome : null;
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <label htmlFor="import-files" className="block text-sm font-medium">
          {t("files")}
        </label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".md,.csv,.tsv,.txt,.apkg"
          aria-describedby="import-files-hint"
          className="block w-full text-sm"
          onChange={(e) => {
            setFiles([...(e.target.files ?? [])]);
            reset();
          }}
        />
        <p id="import-files-hint" className="text-sm text-slate-600 dark:text-slate-300">
          {t("filesHint")}
        </p>
      </div>
      {isCsv && (
        <fieldset className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{t("mapping.title")}</legend>
          <label className="col-span-2 flex min-h-11 items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={mapping.hasHeader}
              onChange={(e) => {
                setMapping({ ...mapping, hasHeader: e.target.checked });
                reset();
              }}
            />
            {t("mapping.hasHeader")}
          </label>
          {mapping.hasHeader && (
            <div className="col-span-2">
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  checked={mapping.byHeader}
                  aria-describedby="map-by-header-hint"
                  onChange={(e) => {
                    setMapping({ ...mapping, byHeader: e.target.checked });
                    reset();
                  }}
                />
                {t("mapping.byHeader")}
              </label>
              <p id="map-by-header-hint" className="text-sm text-slate-600 dark:text-slate-300">
                {t("mapping.byHeaderHint")}
              </p>
            </div>
          )}
          <div className="col-span-2 space-y-1">
            <label htmlFor="map-delimiter" className="block text-sm font-medium">
              {t("mapping.delimiter")}
            </label>
            <select
              id="map-delimiter"
              className={select}
              value={mapping.delimiter}
              onChange={(e) => {
                setMapping({ ...mapping, delimiter: e.target.value });
                reset();
              }}
            >
              <option value="auto">{t("mapping.auto")}</option>
              <option value=",">,</option>
              <option value="tab">Tab</option>
              <option value=";">;</option>
            </select>
          </div>
          {column("front", false)}
          {column("back", false)}
          {column("tags", true)}
          {column("id", true)}
          {column("section", true)}
        </fieldset>
      )}
      <button
        type="button"
        className={secondaryButton}
        disabled={busy || files.length === 0}
        onClick={() => send(false)}
      >
        {t("preview")}
      </button>
      {failure && (
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {failure}
        </p>
      )}
      {outcome && <ImportOutcomeView outcome={outcome} slug={slug} />}
      {preview && preview.plan.missing.length > 0 && (
        <fieldset
          className="space-y-2 rounded-lg border border-red-300 p-3 dark:border-red-800"
          data-testid="import-missing"
        >
          <legend className="px-1 text-sm font-semibold">
            {t("missingTitle", { count: preview.plan.missing.length })}
          </legend>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {preview.plan.missing.map((item) => (
              <li key={item.id}>
                <span className="font-mono text-xs">{item.id}</span> — {item.label}
              </li>
            ))}
          </ul>
          <label className="flex min-h-11 items-center gap-2 text-sm font-semibold text-red-700 dark:text-red-400">
            <input
              type="checkbox"
              className="h-5 w-5 accent-red-700"
              checked={removeMissing}
              onChange={(e) => setRemoveMissing(e.target.checked)}
              data-testid="remove-missing"
            />
            {t("removeMissing", { count: preview.plan.missing.length })}
          </label>
          {removeMissing && <p className="text-sm text-red-700 dark:text-red-400">{t("removeWarning")}</p>}
        </fieldset>
      )}
      {preview && (
        <button
          type="button"
          className={
            removeMissing
              ? primaryButton.replace("bg-sky-700", "bg-red-700").replace("hover:bg-sky-800", "hover:bg-red-800")
              : primaryButton
          }
          disabled={busy}
          onClick={() => send(true)}
          data-testid="import-commit"
        >
          {t("commitDraft", {
            added: preview.plan.added.length,
            changed: preview.plan.changed.length,
            removing: removeMissing ? preview.plan.missing.length : 0,
          })}
        </button>
      )}
    </div>
  );
}

function ImportOutcomeView({ outcome, slug }: { outcome: DraftImportOutcome; slug: string }) {
  const t = useTranslations("instructor.import");
  const warnings = outcome.warnings.length > 0 && (
    <ul className="list-disc pl-5 text-sm text-amber-800 dark:text-amber-200">
      {outcome.warnings.map((w, i) => (
        <li key={i}>
          {w.file}:{w.line}:{w.column}: {w.message}
        </li>
      ))}
    </ul>
  );
  if (!outcome.ok) {
    return (
      <section role="alert" aria-label={t("errorsTitle")} className="space-y-2" data-testid="import-errors">
        <p className="font-semibold text-red-700 dark:text-red-400">{t("errors", { count: outcome.errors.length })}</p>
        <ul className="list-disc pl-5 font-mono text-sm">
          {outcome.errors.map((e, i) => (
            <li key={i}>
              {e.file}:{e.line}:{e.column}: {e.message}
            </li>
          ))}
        </ul>
        {warnings}
      </section>
    );
  }
  const { plan } = outcome;
  if (outcome.committed) {
    return (
      <section aria-live="polite" className="space-y-2" data-testid="import-plan">
        <p className="font-semibold text-green-800 dark:text-green-300">
          {t("committedDraft", {
            added: plan.added.length,
            changed: plan.changed.length,
            removed: plan.removed.length,
          })}
        </p>
        <Link
          href={`/instructor/decks/${slug}`}
          className="inline-flex min-h-11 items-center font-medium text-sky-700 underline dark:text-sky-300"
        >
          {t("publishLink")}
        </Link>
      </section>
    );
  }
  return (
    <section aria-live="polite" className="space-y-2" data-testid="import-plan">
      <p className="font-semibold">{t("previewTitle")}</p>
      <p className="text-sm">
        {t("draftSummary", {
          added: plan.added.length,
          changed: plan.changed.length,
          unchanged: plan.unchanged.length,
          missing: plan.missing.length,
        })}
      </p>
      {(["added", "changed"] as const).map(
        (kind) =>
          plan[kind].length > 0 && (
            <div key={kind} className="text-sm">
              <p className="font-medium">
                {t(`lists.${kind}`)} ({plan[kind].length})
              </p>
              <p className="font-mono text-xs break-words">{plan[kind].join(", ")}</p>
            </div>
          ),
      )}
      {warnings}
    </section>
  );
}
