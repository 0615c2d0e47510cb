export type DiffPart = { kind: "same" | "missing" | "extra"; text: string };

// Words, whitespace and punctuation as separate tokens; CJK characters one by one (Japanese has no spaces).
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}_.\-/]+|\s+|[^\s]/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * What the learner typed against the expected answer, token by token (longest common
 * subsequence): "missing" parts are in the answer but not typed, "extra" were typed but not expected.
 */
export function diffWords(typed: string, expected: string, maxTokens = 400): DiffPart[] {
  const a = tokenize(typed).slice(0, maxTokens);
  const b = tokenize(expected).slice(0, maxTokens);
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push("extra", a[i++]);
    else push("missing", b[j++]);
  }
  while (i < a.length) push("extra", a[i++]);
  while (j < b.length) push("missing", b[j++]);
  return parts;
}
