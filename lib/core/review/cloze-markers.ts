// A cloze blank or answer can sit anywhere in Markdown, inside inline code or a code block too,
// where HTML written into the Markdown would be shown as text. So the card sides carry the blank
// and the answer between private-use characters that Markdown, the sanitiser and the highlighter
// all pass through unchanged, and the rendered HTML gets its <span>/<mark> afterwards.

const BLANK_OPEN = "\uE000";
const BLANK_CLOSE = "\uE001";
const ANSWER_OPEN = "\uE002";
const ANSWER_CLOSE = "\uE003";
const MARKERS = /[\uE000-\uE003]/;

export const markBlank = (hint: string | undefined) => `${BLANK_OPEN}${hint ?? "…"}${BLANK_CLOSE}`;
export const markAnswer = (answer: string) => `${ANSWER_OPEN}${answer}${ANSWER_CLOSE}`;

const PAIR = /\uE000([^\uE000-\uE003]*)\uE001|\uE002([^\uE000-\uE003]*)\uE003/g;

/**
 * Rendered HTML with its markers turned into the blank and the highlighted answer. The text between
 * markers was escaped by the renderer already. A pair whose inside is not balanced HTML (a deletion
 * that starts inside code and ends outside it) is left as it is, for checkClozeMarkers to report.
 */
export function substituteClozeMarkers(html: string): string {
  if (!MARKERS.test(html)) return html;
  return html.replace(PAIR, (whole, blank: string | undefined, answer: string | undefined) => {
    const inner = blank ?? answer ?? "";
    if (!isBalanced(inner)) return whole;
    return blank !== undefined
      ? `<span class="cloze-blank">[${inner}]</span>`
      : `<mark class="cloze-answer">${inner}</mark>`;
  });
}

/** Problems of rendered HTML: markers left over mean a deletion that could not render. */
export function leftoverClozeMarkers(html: string): boolean {
  return MARKERS.test(html);
}

/** Whether a fragment's tags open and close in order (void elements aside). */
function isBalanced(fragment: string): boolean {
  const stack: string[] = [];
  for (const match of fragment.matchAll(/<(\/?)([a-z0-9]+)[^>]*?(\/?)>/gi)) {
    const [, closing, name, selfClosing] = match;
    const tag = name.toLowerCase();
    if (selfClosing || ["br", "hr", "img", "wbr"].includes(tag)) continue;
    if (!closing) stack.push(tag);
    else if (stack.pop() !== tag) return false;
  }
  return stack.length === 0;
}
