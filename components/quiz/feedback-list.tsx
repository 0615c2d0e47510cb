"use client";
import { useTranslations } from "next-intl";
import type { Feedback } from "./quiz-api";

/** The grader's feedback codes in the UI's language (an unknown code shows as itself rather than vanish). */
export function FeedbackList({ feedback }: { feedback: Feedback[] }) {
  const t = useTranslations("quiz");
  if (!feedback.length) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {feedback.map((f, i) => (
        <li key={i}>{t.has(`feedbackCodes.${f.code}` as "feedbackCodes.near-miss") ? t(`feedbackCodes.${f.code}` as "feedbackCodes.near-miss", f.params as Record<string, string>) : f.code}</li>
      ))}
    </ul>
  );
}
