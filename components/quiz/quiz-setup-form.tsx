"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createQuizAction } from "@/lib/actions/quizzes/create-quiz";
import type { ActionResult } from "@/lib/actions/action-result";
import { EXAM_SECONDS_PER_QUESTION, examTimeLimitMs } from "@/lib/core/quiz/exam-time";
import { primaryButton } from "@/components/ui/field";

const TYPES = ["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const;
const box = "flex min-h-11 items-center gap-2 rounded-lg border border-slate-200 px-3 dark:border-slate-700";

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Quiz setup. The choices are controlled, so a "no questions" answer keeps them for adjusting. */
export function QuizSetupForm({ deckSlug, sections }: { deckSlug: string; sections: { id: string; title: string }[] }) {
  const t = useTranslations("quiz");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(createQuizAction, null);
  const [types, setTypes] = useState<string[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [length, setLength] = useState("10");
  const [mode, setMode] = useState<"practice" | "exam">("practice");
  const count = Math.min(50, Math.max(1, Math.floor(Number(length)) || 1));
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="deckSlug" value={deckSlug} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("types")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {TYPES.map((type) => (
            <label key={type} className={box}>
              <input
                type="checkbox"
                name="types"
                value={type}
                className="size-5"
                checked={types.includes(type)}
                onChange={(e) => setTypes(toggle(types, type, e.target.checked))}
              />{" "}
              {t(`typeNames.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("sections")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {sections.map((section) => (
            <label key={section.id} className={box}>
              <input
                type="checkbox"
                name="sections"
                value={section.id}
                className="size-5"
                checked={picked.includes(section.id)}
                onChange={(e) => setPicked(toggle(picked, section.id, e.target.checked))}
              />{" "}
              {section.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <label className="space-y-1">
          <span className="block font-semibold">{t("length")}</span>
          <input
            type="number"
            name="length"
            min={1}
            max={50}
            value={length}
            onChange={(e) => setLength(e.target.value)}
            className="min-h-12 w-24 rounded-lg border border-slate-300 px-3 dark:border-slate-600 dark:bg-slate-800"
          />
        </label>
        <fieldset className="space-y-1">
          <legend className="font-semibold">{t("mode")}</legend>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="practice"
              checked={mode === "practice"}
              onChange={() => setMode("practice")}
              className="size-5"
            />{" "}
            {t("practice")}
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="mode"
              value="exam"
              checked={mode === "exam"}
              onChange={() => setMode("exam")}
              className="size-5"
            />{" "}
            {t("exam")}
          </label>
        </fieldset>
      </div>
      {mode === "exam" && (
        <p data-testid="time-limit" className="rounded-lg bg-sky-50 p-3 text-sm dark:bg-sky-950">
          {t("timeLimit", {
            minutes: Math.round((examTimeLimitMs(count) / 60_000) * 10) / 10,
            seconds: EXAM_SECONDS_PER_QUESTION,
          })}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="font-medium text-red-700 dark:text-red-400">
          {t("noQuestions")}
        </p>
      )}
      <button type="submit" disabled={pending} className={primaryButton}>
        {t("start")}
      </button>
    </form>
  );
}
