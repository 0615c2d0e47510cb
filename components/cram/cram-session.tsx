"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { CramSessionView } from "@/lib/server/cram/get-cram-cards";
import { AnswerPanel } from "@/components/review/answer-panel";
import { CramRatingBar } from "./cram-rating-bar";
import { CramSummary } from "./cram-summary";
import { useCramSession } from "./use-cram-session";

const isTyping = (target: EventTarget | null) =>
  (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && !target.readOnly;
// Space and Enter on a focused button or link belong to that control, not to "show answer".
const isControl = (target: EventTarget | null) =>
  target instanceof Element && !!target.closest("button, a, select, summary");

export function CramSession({ view, userId }: { view: CramSessionView; userId: string }) {
  const t = useTranslations("cram");
  const session = useCramSession(view.cards, userId);
  const { current, revealed, queue } = session;
  const [typed, setTyped] = useState("");
  const [finished, setFinished] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const card = useRef<HTMLElement>(null);
  const needsTyping = current?.input === "typed" || current?.input === "kubectl";

  useEffect(() => {
    setTyped("");
    // A new card: focus its answer box, or the card itself so a screen reader reads the prompt.
    if (needsTyping) input.current?.focus();
    else card.current?.focus({ preventScroll: true });
  }, [current?.cardId, queue.answered, needsTyping]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (
        !current ||
        finished ||
        event.repeat ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      if ((event.key === " " || event.key === "Enter") && !revealed && !isControl(event.target)) {
        event.preventDefault();
        void session.reveal(needsTyping ? typed : undefined);
      } else if (revealed && ["1", "2", "3", "4"].includes(event.key)) {
        session.rate(Number(event.key) as 1 | 2 | 3 | 4);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [session, current, revealed, needsTyping, typed, finished]);

  if (!current || finished) {
    const restart = () => {
      setFinished(false);
      session.restart();
    };
    return (
      <CramSummary
        deckSlug={view.deck.slug}
        queue={queue}
        startedAt={session.startedAt}
        finishedEarly={!!current}
        pending={session.pending}
        onRestart={restart}
      />
    );
  }

  const done = queue.finished.length;
  return (
    <div className="flex min-h-[calc(100dvh-9rem)] flex-col gap-3">
      <div className="space-y-1">
        <div className="flex items-center justify-between gap-2 text-sm">
          <p className="font-semibold tabular-nums" data-testid="cram-progress">
            {t("progress", { done, total: queue.total })}
          </p>
          <p className="text-red-700 tabular-nums dark:text-red-300">{t("againCount", { count: queue.again })}</p>
        </div>
        <div
          role="progressbar"
          aria-label={t("progressLabel")}
          aria-valuemin={0}
          aria-valuemax={queue.total}
          aria-valuenow={done}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div className="h-full bg-sky-700" style={{ width: `${(done / Math.max(1, queue.total)) * 100}%` }} />
        </div>
      </div>
      {session.revealError && (
        <p
          role="alert"
          className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          {t("revealError")}
        </p>
      )}
      {session.sendFailed && (
        <p
          role="status"
          className="rounded-lg bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          {t("sendError")}
        </p>
      )}
      <article
        ref={card}
        tabIndex={-1}
        aria-label={view.section.title}
        data-testid="cram-card"
        data-card-id={current.cardId}
        className="min-h-64 flex-1 space-y-4 rounded-2xl border border-slate-200 p-4 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-slate-700"
      >
        <p className="text-xs font-medium tracking-wide text-slate-600 dark:text-slate-400">{view.section.title}</p>
        <div className="prose-card text-lg" dangerouslySetInnerHTML={{ __html: current.promptHtml }} />
        {needsTyping && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!revealed) void session.reveal(typed);
            }}
            className="flex gap-2"
          >
            <label htmlFor="cram-typed-answer" className="sr-only">
              {current.input === "kubectl" ? t("typeCommand") : t("typeAnswer")}
            </label>
            <input
              ref={input}
              id="cram-typed-answer"
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
        <div aria-live="polite">{revealed && <AnswerPanel revealed={revealed} />}</div>
      </article>
      <div className="sticky bottom-0 space-y-2 bg-white pt-2 pb-[max(0.75rem,env(safe-area-inset-bottom))] dark:bg-slate-900">
        {revealed ? (
          <CramRatingBar proposed={revealed.grade?.proposedRating ?? null} onRate={session.rate} />
        ) : (
          !needsTyping && (
            <button
              type="button"
              onClick={() => void session.reveal()}
              disabled={session.busy}
              aria-keyshortcuts="Space Enter"
              className="min-h-14 w-full rounded-xl bg-slate-900 text-lg font-semibold text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-slate-100 dark:text-slate-900"
            >
              {t("reveal")}
            </button>
          )
        )}
        <div className="flex items-center justify-between gap-3 text-xs text-slate-600 dark:text-slate-300">
          <span className="hidden sm:inline">{t("keys")}</span>
          <button
            type="button"
            className="ml-auto min-h-11 underline"
            onClick={() => {
              setFinished(true);
              void session.flush();
            }}
          >
            {t("leave")}
          </button>
        </div>
      </div>
    </div>
  );
}
