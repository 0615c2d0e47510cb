// No "use client": the results page renders it on the server, the practice runner and the review
// screen's answer panel in the browser. Only the quiz.feedbackCodes messages are needed, so the
// review and cram layouts send just that part of the quiz namespace.
import { useTranslations } from "next-intl";
import type { Feedback } from "@/lib/client/api/quiz-api";

// Results saved before no `-n` counted as the default namespace (issue 17) have "" for it.
const paramsOf = ({ code, params }: Feedback) =>
  code === "wrong-namespace" && params
    ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === "" ? "default" : v]))
    : params;

/** The grader's feedback codes in the UI's language (an unknown code shows as itself rather than vanish). */
export function FeedbackList({ feedback }: { feedback: Feedback[] }) {
  const t = useTranslations("quiz.feedbackCodes");
  // The grader reports each missed option; the learner needs to read "an option is missing" once.
  const unique = feedback.filter(
    (f, i) =>
      feedback.findIndex((g) => g.code === f.code && JSON.stringify(g.params) === JSON.stringify(f.params)) === i,
  );
  if (!unique.length) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
      {unique.map((f, i) => (
        <li key={i}>
          {t.has(f.code as "near-miss") ? t(f.code as "near-miss", paramsOf(f) as Record<string, string>) : f.code}
        </li>
      ))}
    </ul>
  );
}
