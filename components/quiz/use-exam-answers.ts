"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { QuizView } from "@/lib/server/quizzes/get-quiz-for-learner";
import type { Draft } from "./question-input";
import { toResponse } from "./question-input";
import { draftFromResponse, readKeptExam, writeKeptExam } from "./exam-draft";
import { sendQuizAnswer } from "@/lib/client/api/quiz-api";

const SAVE_AFTER_MS = 600;
const RETRY_AFTER_MS = 3_000;

export type ExamProblem = "expired" | "closed" | "offline" | null;

/**
 * An exam's answers, saved as the learner goes: each change is sent after a short pause (one
 * request per question at a time, so an older save can never overwrite a newer one), kept on the
 * device until the server has it, retried when the network fails, and flushed before finishing.
 */
export function useExamAnswers(quiz: QuizView) {
  const [drafts, setDrafts] = useState<Record<number, Draft>>(() =>
    Object.fromEntries(
      quiz.questions.flatMap((q) => {
        const d = draftFromResponse(q.response);
        return d ? [[q.index, d]] : [];
      }),
    ),
  );
  const [unsaved, setUnsaved] = useState<number[]>([]);
  const [flags, setFlags] = useState<number[]>([]);
  const [problem, setProblem] = useState<ExamProblem>(quiz.closed ? "closed" : null);
  const draftsRef = useRef(drafts);
  const versions = useRef(new Map<number, number>());
  const savedVersions = useRef(new Map<number, number>());
  const chains = useRef(new Map<number, Promise<void>>());
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const problemRef = useRef(problem);
  problemRef.current = problem;
  const saveRef = useRef<(index: number) => Promise<void>>(async () => {});

  const schedule = useCallback((index: number, delay: number) => {
    clearTimeout(timers.current.get(index));
    timers.current.set(
      index,
      setTimeout(() => void saveRef.current(index), delay),
    );
  }, []);

  const sendIfNew = useCallback(
    async (index: number) => {
      const version = versions.current.get(index) ?? 0;
      if (savedVersions.current.get(index) === version || problemRef.current === "closed") return;
      const question = quiz.questions.find((q) => q.index === index)!;
      const outcome = await sendQuizAnswer(quiz.attemptId, index, toResponse(question, draftsRef.current[index] ?? {}));
      if (outcome.ok) {
        savedVersions.current.set(index, version);
        if (versions.current.get(index) === version) setUnsaved((all) => all.filter((i) => i !== index));
        if (problemRef.current === "offline") setProblem(null);
        return;
      }
      if (outcome.status === 401) setProblem("expired");
      else if (outcome.status === 409) setProblem("closed");
      else {
        setProblem("offline");
        schedule(index, RETRY_AFTER_MS);
      }
    },
    [quiz, schedule],
  );

  const save = useCallback(
    (index: number) => {
      const next = (chains.current.get(index) ?? Promise.resolve()).then(() => sendIfNew(index));
      chains.current.set(index, next);
      return next;
    },
    [sendIfNew],
  );
  saveRef.current = save;

  function change(index: number, patch: Draft) {
    const draft = { ...draftsRef.current[index], ...patch };
    draftsRef.current = { ...draftsRef.current, [index]: draft };
    versions.current.set(index, (versions.current.get(index) ?? 0) + 1);
    setDrafts(draftsRef.current);
    setUnsaved((all) => (all.includes(index) ? all : [...all, index]));
    schedule(index, SAVE_AFTER_MS);
  }

  /** Sends every unsaved answer now and waits for all of them. */
  const flush = useCallback(async () => {
    for (const timer of timers.current.values()) clearTimeout(timer);
    timers.current.clear();
    const indexes = quiz.questions
      .map((q) => q.index)
      .filter((i) => (versions.current.get(i) ?? 0) !== (savedVersions.current.get(i) ?? 0));
    await Promise.all(indexes.map((i) => save(i)));
  }, [quiz, save]);

  // Answers a previous visit could not save (closed tab, lost connection, expired session) come back and are sent.
  useEffect(() => {
    const kept = readKeptExam(quiz.attemptId);
    setFlags(kept.flags);
    if (quiz.closed) return;
    for (const index of kept.unsaved) {
      if (!kept.drafts[index]) continue;
      draftsRef.current = { ...draftsRef.current, [index]: kept.drafts[index] };
      versions.current.set(index, (versions.current.get(index) ?? 0) + 1);
      setUnsaved((all) => (all.includes(index) ? all : [...all, index]));
      void save(index);
    }
    setDrafts(draftsRef.current);
    const retry = () => void flush();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [quiz, save, flush]);

  useEffect(() => {
    writeKeptExam(quiz.attemptId, { drafts: Object.fromEntries(unsaved.map((i) => [i, drafts[i]])), unsaved, flags });
  }, [quiz.attemptId, drafts, unsaved, flags]);

  const toggleFlag = (index: number) =>
    setFlags((all) => (all.includes(index) ? all.filter((i) => i !== index) : [...all, index]));

  return { drafts, unsaved, flags, problem, setProblem, change, flush, toggleFlag };
}
