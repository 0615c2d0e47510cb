"use client";
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CardView } from "@/lib/client/api/review-api";

/**
 * The card's memory state (FSRS): what the scheduler believes about this card for this learner.
 * Closed, it renders only its summary: the figures (seven Intl formatters' worth) are made when it
 * is opened, not while the page hydrates or on every next card (issue 16).
 */
export function CardInfo({ card }: { card: CardView }) {
  const t = useTranslations("review.info");
  const [open, setOpen] = useState(false);
  return (
    <details className="text-sm" data-testid="card-info" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium underline">{t("title")}</summary>
      {open && <MemoryFigures card={card} />}
    </details>
  );
}

function MemoryFigures({ card }: { card: CardView }) {
  const t = useTranslations("review.info");
  const format = useFormatter();
  const memory = card.memory;
  return memory ? (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 rounded-lg bg-slate-50 p-3 tabular-nums dark:bg-slate-800">
      <dt>{t("state")}</dt>
      <dd>{t(`states.${card.state}`)}</dd>
      <dt>{t("stability")}</dt>
      <dd>{t("days", { days: format.number(memory.stability, { maximumFractionDigits: 1 }) })}</dd>
      <dt>{t("difficulty")}</dt>
      <dd>{format.number(memory.difficulty, { maximumFractionDigits: 1 })} / 10</dd>
      <dt>{t("recall")}</dt>
      <dd>{format.number(memory.recall, { style: "percent", maximumFractionDigits: 0 })}</dd>
      <dt>{t("reps")}</dt>
      <dd>{format.number(memory.reps)}</dd>
      <dt>{t("lapses")}</dt>
      <dd>{format.number(memory.lapses)}</dd>
      <dt>{t("due")}</dt>
      <dd>{format.dateTime(new Date(memory.due), { dateStyle: "medium", timeStyle: "short" })}</dd>
    </dl>
  ) : (
    <p className="rounded-lg bg-slate-50 p-3 dark:bg-slate-800">{t("newCard")}</p>
  );
}
