"use client";
// Study settings: bring an Anki review history along for this deck (preview, then import), and
// download your own review log as Anki revlog CSV.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { importAnkiHistory } from "@/lib/client/api/anki-history-api";
import { primaryButton } from "@/components/ui/field";
import type { AnkiHistoryOutcome } from "@/lib/server/reviews/import-anki-history";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; outcome: AnkiHistoryOutcome } | { kind: "error" };

export function AnkiHistoryImport({ deckSlug }: { deckSlug: string }) {
  const t = useTranslations("ankiHistory");
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const send = async (commit: boolean) => {
    if (!file) return;
    setState({ kind: "busy" });
    try {
      const outcome = await importAnkiHistory(deckSlug, file, commit);
      setState(outcome ? { kind: "done", outcome } : { kind: "error" });
    } catch {
      setState({ kind: "error" });
    }
  };
  const outcome = state.kind === "done" ? state.outcome : null;
  return (
    <section id="anki-history" aria-labelledby="anki-history-title" className="scroll-mt-20 space-y-3 pt-4">
      <h2 id="anki-history-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("help")}</p>
      <label htmlFor="anki-history-file" className="block text-sm font-medium">
        {t("file")}
      </label>
      <input
        id="anki-history-file"
        type="file"
        accept=".apkg,.colpkg"
        onChange={(event) => (setFile(event.target.files?.[0] ?? null), setState({ kind: "idle" }))}
        className="block w-full text-sm"
      />
      <div className="flex gap-2">
        <button
          type="button"
          disabled={!file || state.kind === "busy"}
          onClick={() => void send(false)}
          className="min-h-12 shrink-0 rounded-lg border border-slate-300 px-4 font-semibold whitespace-nowrap dark:border-slate-600"
        >
          {t("preview")}
        </button>
        <button
          type="button"
          disabled={!file || state.kind === "busy"}
          onClick={() => void send(true)}
          className={primaryButton}
        >
          {t("import")}
        </button>
      </div>
      <div role="status" className="text-sm">
        {state.kind === "busy" && t("reading")}
        {state.kind === "error" && t("failed")}
        {outcome && !outcome.ok && <span className="text-red-700 dark:text-red-300">{outcome.message}</span>}
        {outcome?.ok && (
          <p>
            {t(outcome.committed ? "imported" : "previewed", {
              reviews: outcome.reviews,
              cards: outcome.matchedCards,
              imported: outcome.imported,
              already: outcome.alreadyImported,
              unmatched: outcome.unmatchedReviews,
            })}
          </p>
        )}
      </div>
      <p className="text-sm">
        <a href="/api/v1/me/revlog" className="text-sky-700 underline dark:text-sky-300">
          {t("export")}
        </a>
      </p>
    </section>
  );
}
