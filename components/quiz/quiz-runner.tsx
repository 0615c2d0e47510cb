"use client";
import type { QuizView } from "@/lib/server/quizzes/get-quiz-for-learner";
import { ExamRunner } from "./exam-runner";
import { PracticeRunner } from "./practice-runner";

/** A quiz attempt in its mode: practice tells after each answer, exam at the end. */
export function QuizRunner({ quiz }: { quiz: QuizView }) {
  return quiz.mode === "exam" ? <ExamRunner quiz={quiz} /> : <PracticeRunner quiz={quiz} />;
}
