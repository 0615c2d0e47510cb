"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AnswerPanel } from "./answer-panel";
import { RatingBar } from "./rating-bar";
import { SessionSummary } from "./session-summary";
import { useReviewSession } from "./use-review-session";
import { SyncStatus } from "./sync-status";
import { CardInfo } from "./card-info";
import type { ReviewQueueView } from "@/lib/client/api/review-api";
import { sectionLabel } from "./section-label";
import { SessionExpiredNotice } from "@/components/ui/session-expired-notice";
import { UndoSnackbar } from "./undo-snackbar";

const SECONDARY = "min-h-11 min-w-11 rounded-lg border border-slate-300 px-3 font-medium dark:border-slate-600";

export function ReviewSession({
  deckSlug,
  initial,
  userId,
}: {
  deckSlug: string;
  initial: ReviewQueueView;
  userId: string;
}) {
  const t = useTranslations("review");
  const router = useRouter();
  const session = useReviewSession(deckSlug, initial, userId);
  const { current, revealed, counts } = session;
  // The typed answer belongs to the card on screen and starts empty whenever another card comes
  // (also when an undo brings a card back). Reset while rendering, not in an effect that sets state:
  // that committed the screen a second time in the task of every rating.
  const [draft, setDraft] = useState({ cardId: current?.cardId, text: "" });
  if (draft.cardId !== current?.cardId) setDraft({ cardId: current?.cardId, text: "" });
  const typed = draft.cardId === current?.cardId ? draft.text : "";
  const setTyped = (text: string) => setDraft({ cardId: current?.cardId, text });
  const [finished, setFinished] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const needsTyping = current?.input === "typed" || current?.input === "kubectl";
  const rate = (rating: 1 | 2 | 3 | 4) => void session.rate(rating, needsTyping ? typed : undefined);

  useEffect(() => {
    if (needsTyping) input.current?.focus();
  }, [current?.cardId, needsTyping]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target;
      const typing =
        ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && !target.readOnly) ||
        target instanceof HTMLSelectElement ||
        (target instanceof HTMLElement && target.isContentEditable);
      if (event.key === "Escape") return finished ? router.push("/") : setFinished(true);
      if (typing || event.repeat || event.metaKey || event.ctrlKey || event.altKey) return;
      // Every key handled here is kept from typing: the next card's answer box can get the focus
      // before the browser would insert the character (a rating shows the next card at once).
      if ((event.key === " " || event.key === "Enter") && !revealed) {
        event.preventDefault();
        void session.reveal(needsTyping ? typed : undefined);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        event.preventDefault();
        rate(Number(event.key) as 1 | 2 | 3 | 4);
      } else if (event.key === "z" || event.key === "Z") {
        event.preventDefault();
        void session.undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [session, revealed, needsTyping, typed, router, finished, rate]);

  const status = (
    <SyncStatus
      offline={session.offlineMode || !session.sync.online}
      pending={session.sync.pending}
      conflicts={session.sync.conflicts}
      onDismiss={() => void session.sync.dismiss()}
    />
  );
  if (!session.ready && !current)
    return (
      <div className="space-y-3" data-session-ready="false">
        {status}
      </div>
    );
  if (!current || finished)
    return (
      <div className="space-y-3" data-session-ready={session.ready}>
        {status}
        <SessionSummary
          stats={session.stats}
          nextDue={session.nextDue}
          finishedEarly={!!current}
          dueNow={counts.new + counts.learning + counts.review}
          onContinue={() => setFinished(false)}
        />
      </div>
    );

  return (
    <div className="flex min-h-[calc(100dvh-7rem)] flex-col gap-3" data-session-ready={session.ready}>
      {status}
      <div className="flex items-center justify-between text-sm" aria-label={t("countsLabel")}>
        <p className="flex gap-3 font-semibold tabular-nums" data-testid="counts">
          <span className="text-sky-700 dark:text-sky-300">
            {t("newLabel")} {counts.new}
          </span>
          <span className="text-red-700 dark:text-red-300">
            {t("learningLabel")} {counts.learning}
          </span>
          <span className="text-green-700 dark:text-green-300">
            {t("reviewLabel")} {counts.review}
          </span>
        </p>
        <button
          type="button"
          onClick={() => void session.undo()}
          disabled={!session.canUndo || session.busy}
          className="min-h-11 rounded-md px-3 font-medium underline disabled:opacity-40"
          aria-keyshortcuts="z"
        >
          {t("undo")}
        </button>
      </div>
      {session.expired && (
        <SessionExpiredNotice returnTo={`/review/${deckSlug}`} kept={session.sync.pending > 0 ? "ratings" : null} />
      )}
      {session.notice && (
        <p
          role="status"
          className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          {t(session.notice)}
        </p>
      )}
      <article
        className="min-h-64 flex-1 space-y-4 rounded-2xl border border-slate-200 p-4 shadow-sm dark:border-slate-700"
        aria-live="polite"
        data-testid="card"
        data-card-id={current.cardId}
        onClick={() => !needsTyping && !revealed && void session.reveal()}
      >
        <p className="text-xs font-medium tracking-wide text-slate-600 dark:text-slate-400">
          {sectionLabel(
            (key) => t.has(key as "sections.pod-basics"),
            (key) => t(key as "sections.pod-basics"),
            initial.deck.sections,
            current.section,
          )}
        </p>
        <div className="prose-card text-lg" dangerouslySetInnerHTML={{ __html: current.promptHtml }} />
        {needsTyping && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!revealed) void session.reveal(typed);
            }}
            onClick={(e) => e.stopPropagation()}
            className="flex gap-2"
          >
            <label htmlFor="typed-answer" className="sr-only">
              {current.input === "kubectl" ? t("typeCommand") : t("typeAnswer")}
            </label>
            <input
              ref={input}
              id="typed-answer"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              readOnly={!!revealed}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              placeholder={current.input === "kubectl" ? "kubectl …" : t("typeAnswer")}
              className="min-h-12 min-w-0 flex-1 rounded-lg border border-slate-300 px-3 font-mono text-base dark:border-slate-600 dark:bg-slate-800"
            />
            {!revealed && (
              <button
                type="submit"
                disabled={session.busy}
                className="min-h-12 rounded-lg bg-sky-700 px-4 font-semibold text-white"
              >
                {t("check")}
              </button>
            )}
          </form>
        )}
        {revealed && <AnswerPanel revealed={revealed} />}
      </article>
      <CardInfo card={current} />
      <div
        className="sticky bottom-0 space-y-2 bg-white pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] dark:bg-slate-900"
        data-testid="rating-area"
      >
        <UndoSnackbar
          offer={session.undoOffer}
          disabled={session.busy}
          onUndo={() => void session.undo()}
          onHide={session.dismissUndoOffer}
        />
        {revealed ? (
          <RatingBar
            intervals={current.intervals}
            proposed={revealed.grade?.proposedRating ?? null}
            disabled={session.busy}
            onRate={rate}
          />
        ) : (
          !needsTyping && (
            <button
              type="button"
              onClick={() => void session.reveal()}
              disabled={session.busy}
              className="min-h-14 w-full rounded-xl bg-slate-900 text-lg font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
            >
              {t("reveal")}
            </button>
          )
        )}
        {/* Secondary actions: real 44 px targets, set apart from the big button above so a thumb aimed at it cannot land here. */}
        <div className="mt-3 flex items-center justify-between gap-2 border-t border-slate-200 pt-2 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
          <span className="hidden text-xs sm:inline">{t("keys")}</span>
          <span className="flex flex-1 justify-between gap-2 sm:flex-none sm:justify-end">
            <button type="button" className={SECONDARY} onClick={() => setFinished(true)} aria-keyshortcuts="Escape">
              {t("leave")}
            </button>
            <button type="button" className={SECONDARY} onClick={() => void session.flag("bury")}>
              {t("bury")}
            </button>
            <button type="button" className={SECONDARY} onClick={() => void session.flag("suspend")}>
              {t("suspend")}
            </button>
          </span>
        </div>
      </div>
    </div>
  );
}
