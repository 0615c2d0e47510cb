import type { KubectlParseError, KubectlParseErrorCode } from "./kubectl-command-types";

/**
 * Thrown by the parser's internal steps and turned into a `{ ok: false }` result by
 * `parseKubectlCommand`, so deep helpers need not thread results through every return.
 */
export class KubectlSyntaxError extends Error {
  constructor(
    readonly code: KubectlParseErrorCode,
    message: string,
    readonly column: number,
  ) {
    super(message);
  }

  toParseError(): KubectlParseError {
    return { code: this.code, message: this.message, column: this.column };
  }
}

/** Throws a {@link KubectlSyntaxError}; `column` is 1-based. */
export function fail(code: KubectlParseErrorCode, message: string, column: number): never {
  throw new KubectlSyntaxError(code, message, column);
}
