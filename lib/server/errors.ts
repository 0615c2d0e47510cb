// One error type for lib/server and one code → HTTP status map for every route handler.
export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  INVALID_INPUT: 400,
  TOO_MANY_REQUESTS: 429,
  BAD_ORIGIN: 403,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    options: { message?: string; cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(options.message ?? code, { cause: options.cause });
    this.details = options.details;
  }
  readonly details?: Record<string, unknown>;
  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** Turns an AppError into a JSON response; anything else is rethrown so it reaches the error page/log. */
export function errorResponse(error: unknown, headers: Record<string, string> = {}): Response {
  if (!(error instanceof AppError)) throw error;
  return Response.json(
    { error: { code: error.code, message: error.message, ...error.details } },
    { status: error.status, headers },
  );
}
