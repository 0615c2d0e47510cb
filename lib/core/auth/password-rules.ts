// Length is counted in Unicode code points over the whole password: nothing is truncated, so a
// 64-character Japanese password differs from one with only its last character changed.
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export type PasswordProblem = "too-short" | "too-long" | "too-common";

export function passwordLength(password: string): number {
  return [...password].length;
}

/** @param isCommon membership in a common-password list (the list is data the server loads) */
export function checkPassword(password: string, isCommon: (candidate: string) => boolean): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN) return "too-short";
  if (length > PASSWORD_MAX) return "too-long";
  if (isCommon(password) || isCommon(password.toLowerCase())) return "too-common";
  if (isRepetitive(password)) return "too-common";
  return null;
}

/** Fewer than four different characters ("aaaaaaaaaa", ten spaces, "abababab…"): guessed at once. */
export const MIN_DISTINCT_CHARACTERS = 4;

function isRepetitive(password: string): boolean {
  const distinct = new Set([...password.toLowerCase()].filter((c) => c.trim() !== ""));
  return distinct.size < MIN_DISTINCT_CHARACTERS;
}
