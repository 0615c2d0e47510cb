import "server-only";
// The API endpoints that either server can answer (the custom server itself, lib/server/hot, or
// Next's route handler behind a Request: next-api-request.ts) are written against this: what they
// need of a request, and the JSON answer they give. So the checks, limits and answers cannot differ.
import { AppError } from "../errors";

export type ApiRequest = {
  header(name: string): string | null;
  /** The scheme the request reached this server by. */
  scheme: string;
  query: URLSearchParams;
  /** The body, refused with a 413 AppError past `maxBytes` before more is read. */
  readBody(maxBytes: number): Promise<Buffer>;
};

export type JsonAnswer = { status: number; body: unknown };

/** Runs an endpoint: AppErrors become their JSON answer (as errorResponse gives it), anything else propagates. */
export async function answering(work: () => Promise<JsonAnswer>): Promise<JsonAnswer> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...error.details } } };
  }
}
