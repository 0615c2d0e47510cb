"use client";
// Study settings: the learner's FSRS weights ("Optimise", the figures of the last fits) and the
// desired-retention advice. The fit runs on the server in the background; the page shows it when done.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { optimiseFsrsAction } from "@/lib/actions/settings/optimise-fsrs";
import type { ActionResult } from "@/lib/actions/action-result";
import { primaryButton } from "@/components/ui/field";
import type { FitRecord, FitScopeView, FsrsFitsView } from "@/lib/server/fsrs/get-fsrs-fits";
import type { RetentionAdvice } from "@/lib/server/fsrs/get-retention-advice";

const figure = (value: number) => value.toFixed(4);

function FitRow({ fit }: { fit: FitRecord }) {
  const t = useTranslations("fsrs");
  const outcome =
    fit.status === "done"
      ? fit.applied
        ? t("applied")
        : t("kept")
      : fit.status === "failed"
        ? t(fit.error === "not-enough-reviews" ? "notEnough" : "failed")
        : t("running");
  return (
    <li className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
      <p className="font-medium">
        {new Date(fit.requestedAt).toLocaleDateString()} · {t(fit.trigger === "auto" ? "auto" : "manual")} · {outcome}
      </p>
      {fit.reviewCount !== null && <p>{t("reviewsUsed", { count: fit.reviewCount })}</p>}
      {fit.current && fit.fitted && (
        <table className="mt-1 w-full text-left tabular-nums [&_td]:pr-4 [&_th]:pr-4">
          <thead>
            <tr>
              <th scope="col"></th>
              <th scope="col">{t("logLoss")}</th>
              <th scope="col">RMSE</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="font-normal">
                {t("current")}
              </th>
              <td>{figure(fit.current.logLoss)}</td>
              <td>{figure(fit.current.rmse)}</td>
            </tr>
            <tr>
              <th scope="row" className="font-normal">
                {t("proposed")}
              </th>
              <td>{figure(fit.fitted.logLoss)}</td>
              <td>{figure(fit.fitted.rmse)}</td>
            </tr>
          </tbody>
        </table>
      )}
    </li>
  );
}

function ScopeBlock({
  deckSlug,
  scope,
  view,
  title,
}: {
  deckSlug: string;
  scope: "learner" | "deck";
  view: FitScopeView;
  title: string;
}) {
  const t = useTranslations("fsrs");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(optimiseFsrsAction, null);
  const waiting = view.pending || (state?.ok ?? false);
  return (
    <div className="space-y-2">
      <h3 className="font-medium">{title}</h3>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {view.isFitted ? t("usingFitted") : t("usingDefaults")}
      </p>
      <form action={action}>
        <input type="hidden" name="deckSlug" value={deckSlug} />
        <input type="hidden" name="scope" value={scope} />
        <button type="submit" disabled={pending || waiting} className={primaryButton}>
          {t("optimise")}
        </button>
      </form>
      {waiting && (
        <p role="status" className="text-sm">
          {t("queued")}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {t("refused")}
        </p>
      )}
      {view.fits.length > 0 && (
        <ul className="space-y-2">
          {view.fits.map((fit) => (
            <FitRow key={fit.id} fit={fit} />
          ))}
        </ul>
      )}
    </div>
  );
}

export function FsrsPanel({
  deckSlug,
  fits,
  advice,
}: {
  deckSlug: string;
  fits: FsrsFitsView;
  advice: RetentionAdvice;
}) {
  const t = useTranslations("fsrs");
  return (
    <section id="fsrs" aria-labelledby="fsrs-title" className="scroll-mt-20 space-y-4 pt-4">
      <h2 id="fsrs-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("help")}</p>
      <ScopeBlock deckSlug={deckSlug} scope="learner" view={fits.learner} title={t("yourWeights")} />
      {fits.deck && <ScopeBlock deckSlug={deckSlug} scope="deck" view={fits.deck} title={t("deckWeights")} />}
      <div className="space-y-2">
        <h3 className="font-medium">{t("adviceTitle")}</h3>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("adviceHelp", { days: advice.days })}</p>
        <table className="w-full text-left text-sm tabular-nums [&_td]:pr-4 [&_th]:pr-4 [&_th]:align-bottom">
          <thead>
            <tr>
              <th scope="col">{t("retention")}</th>
              <th scope="col">{t("reviewsPerDay")}</th>
              <th scope="col">{t("remembered")}</th>
            </tr>
          </thead>
          <tbody>
            {advice.points.map((point) => (
              <tr
                key={point.retention}
                aria-current={point.retention === advice.current ? "true" : undefined}
                className="aria-[current=true]:font-semibold"
              >
                <td>{Math.round(point.retention * 100)}%</td>
                <td>{point.reviewsPerDay.toFixed(1)}</td>
                <td>{point.remembered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
