/**
 * Typed failure of the scheduling core. The code lets lib/server map it to an HTTP status
 * (STALE_STATE → 409, the rest → 400) without parsing messages.
 */
export type SchedulerErrorCode = "INVALID_SETTINGS" | "INVALID_INPUT" | "STALE_STATE";

export class SchedulerError extends Error {
  readonly code: SchedulerErrorCode;

  constructor(code: SchedulerErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SchedulerError";
    this.code = code;
  }
}
