"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";

type Leech = { cardId: string; lapses: number; suspended: boolean; promptHtml: string; deckTitle: string };

/** Cards forgotten 8 times, suspended automatically; the learner can put them back into rotation. */
export function LeechList({ leeches }: { leeches: Leech[] }) {
  const t = useTranslations("settings");
  const [restored, setRestored] = useState<Set<string>>(new Set());
  if (leeches.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("noLeeches")}</p>;
  async function unsuspend(cardId: string) {
    const response = await fetch(`/api/v1/cards/${encodeURIComponent(cardId)}/flag`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "unsuspend" }) });
    if (response.ok) setRestored((s) => new Set(s).add(cardId));
  }
  return (
    <ul className="space-y-2">
      {leeches.map((leech) => (
        <li key={leech.cardId} className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <div className="prose-card text-sm" dangerouslySetInnerHTML={{ __html: leech.promptHtml }} />
          <p className="text-xs text-slate-600 dark:text-slate-300">{leech.deckTitle} · {t("lapses", { count: leech.lapses })}</p>
          {restored.has(leech.cardId) ? (
            <p role="status" className="text-sm font-medium text-green-700 dark:text-green-300">{t("unsuspended")}</p>
          ) : (
            <button type="button" onClick={() => void unsuspend(leech.cardId)} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600">{t("unsuspend")}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
