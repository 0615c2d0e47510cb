// The browser's side of POST /api/v1/quizzes/<attempt>/answers. Never throws: a failed send is a status.
export type Feedback = { code: string; params?: Record<string, string | number> };
export type AnswerReply = {
  index: number;
  saved: boolean;
  verdict?: string;
  score?: number;
  feedback?: Feedback[];
  correctHtml?: string;
  explanationHtml?: string;
};
/** status 0 = the request never reached the server (offline, aborted). */
export type SendOutcome = { ok: true; reply: AnswerReply } | { ok: false; status: number };

export async function sendQuizAnswer(attemptId: string, index: number, response: unknown): Promise<SendOutcome> {
  try {
    const res = await fetch(`/api/v1/quizzes/${attemptId}/answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ index, response }),
    });
    if (!res.ok) return { ok: false, status: res.status };
    return { ok: true, reply: (await res.json()) as AnswerReply };
  } catch {
    return { ok: false, status: 0 };
  }
}
