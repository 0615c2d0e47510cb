"use client";
import type { KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { QuizQuestionView } from "@/lib/server/quizzes/get-quiz-for-learner";

export type Draft = { text?: string; selected?: number[]; value?: boolean; order?: number[]; yaml?: string };

const field =
  "min-h-12 w-full rounded-lg border border-slate-300 px-3 text-base dark:border-slate-600 dark:bg-slate-800";
const option = "flex min-h-12 items-center gap-3 rounded-lg border border-slate-200 px-3 dark:border-slate-700";

/** The answer control for one question type; `draft` holds the learner's unsent answer. */
export function QuestionInput({
  question,
  draft,
  onChange,
  disabled,
}: {
  question: QuizQuestionView;
  draft: Draft;
  onChange: (d: Draft) => void;
  disabled: boolean;
}) {
  const t = useTranslations("quiz");
  switch (question.type) {
    case "typed":
    case "kubectl":
      return (
        <input
          aria-label={t("yourAnswer")}
          className={`${field} ${question.type === "kubectl" ? "font-mono" : ""}`}
          value={draft.text ?? ""}
          disabled={disabled}
          placeholder={question.type === "kubectl" ? t("commandPlaceholder") : ""}
          autoCapitalize="off"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      );
    case "choice": {
      const selected = draft.selected ?? [];
      return (
        <fieldset className="space-y-2" disabled={disabled}>
          <legend className="sr-only">{t("yourAnswer")}</legend>
          {question.options!.map((html, i) => (
            <label key={i} className={option}>
              <input
                type={question.multiple ? "checkbox" : "radio"}
                name={`q${question.index}`}
                className="size-5 shrink-0"
                checked={selected.includes(i)}
                onChange={(e) =>
                  onChange({
                    selected: question.multiple
                      ? e.target.checked
                        ? [...selected, i]
                        : selected.filter((s) => s !== i)
                      : [i],
                  })
                }
              />
              {/* Long field paths (spec.template.spec.affinity…) break anywhere rather than push the page sideways at 320 px. */}
              <span className="min-w-0 wrap-anywhere" dangerouslySetInnerHTML={{ __html: html }} />
            </label>
          ))}
        </fieldset>
      );
    }
    case "truefalse":
      return (
        <div className="grid grid-cols-2 gap-3" role="radiogroup" aria-label={t("yourAnswer")}>
          {[true, false].map((value) => (
            <button
              key={String(value)}
              type="button"
              role="radio"
              aria-checked={draft.value === value}
              disabled={disabled}
              onClick={() => onChange({ value })}
              className={`min-h-14 rounded-xl border-2 font-semibold ${draft.value === value ? "border-sky-700 bg-sky-50 dark:bg-sky-950" : "border-slate-300 dark:border-slate-600"}`}
            >
              {value ? t("true") : t("false")}
            </button>
          ))}
        </div>
      );
    case "ordering": {
      const order = draft.order ?? question.steps!.map((_, i) => i);
      const move = (from: number, to: number) => {
        const next = [...order];
        [next[from], next[to]] = [next[to], next[from]];
        onChange({ order: next });
      };
      return (
        <ol className="space-y-2">
          {order.map((stepIndex, position) => (
            <li key={stepIndex} className={`${option} justify-between`}>
              <span>
                <span className="mr-2 font-bold tabular-nums">{position + 1}.</span>
                <span dangerouslySetInnerHTML={{ __html: question.steps![stepIndex] }} />
              </span>
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  disabled={disabled || position === 0}
                  onClick={() => move(position, position - 1)}
                  aria-label={t("moveUp")}
                  className="size-11 rounded-md border border-slate-300 disabled:opacity-30 dark:border-slate-600"
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={disabled || position === order.length - 1}
                  onClick={() => move(position, position + 1)}
                  aria-label={t("moveDown")}
                  className="size-11 rounded-md border border-slate-300 disabled:opacity-30 dark:border-slate-600"
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
      );
    }
    case "manifest":
      return (
        <div className="space-y-1">
          <textarea
            aria-label={t("yourAnswer")}
            aria-describedby={`tab-hint-${question.index}`}
            className={`${field} min-h-72 py-2 font-mono text-sm`}
            value={draft.yaml ?? question.starter ?? ""}
            disabled={disabled}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onKeyDown={(e) => insertIndentOnTab(e, (yaml) => onChange({ yaml }))}
            onChange={(e) => onChange({ yaml: e.target.value })}
          />
          <p id={`tab-hint-${question.index}`} className="text-xs text-slate-600 dark:text-slate-300">
            {t("tabHint")}
          </p>
        </div>
      );
    default:
      return null;
  }
}

/**
 * Tab in a YAML box inserts two spaces (YAML forbids tab indentation). Esc releases the box, so the
 * next Tab moves focus on as usual: keyboard users are never trapped.
 */
function insertIndentOnTab(event: KeyboardEvent<HTMLTextAreaElement>, set: (value: string) => void) {
  const box = event.currentTarget;
  if (event.key === "Escape") {
    box.dataset.released = "true";
    return;
  }
  if (event.key !== "Tab" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) {
    if (event.key !== "Shift") delete box.dataset.released;
    return;
  }
  if (box.dataset.released) {
    delete box.dataset.released;
    return;
  }
  event.preventDefault();
  const { selectionStart: start, selectionEnd: end, value } = box;
  set(value.slice(0, start) + "  " + value.slice(end));
  requestAnimationFrame(() => box.setSelectionRange(start + 2, start + 2));
}

/** The response body the server's grader expects for the question's type. */
export function toResponse(question: QuizQuestionView, draft: Draft): unknown {
  switch (question.type) {
    case "typed":
    case "kubectl":
      return { text: draft.text ?? "" };
    case "choice":
      return { selected: draft.selected ?? [] };
    case "truefalse":
      return { value: draft.value ?? null };
    case "ordering":
      return { order: draft.order ?? question.steps!.map((_, i) => i) };
    case "manifest":
      return { yaml: draft.yaml ?? question.starter ?? "" };
  }
}
