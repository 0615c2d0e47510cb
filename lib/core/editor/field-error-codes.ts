// The deck parser speaks English (content:check prints its messages for authors of deck files);
// the editor shows the same rules in the UI's language. Each message the parser can give an item
// is recognised here and named by a code the UI translates (instructor.editor.errors.<code>), with
// the values it quotes as parameters. A message not recognised gets the generic "invalid" code.

export type FieldErrorCode = { code: string; params: Record<string, string | number> };

type Rule = [pattern: RegExp, code: string, params?: (match: RegExpExecArray) => Record<string, string | number>];

const RULES: Rule[] = [
  [/^(required|must not be empty|missing required field)/, "required"],
  [/^must be 3–80 characters of a-z, 0-9 and -/, "idFormat"],
  [/^another item already has the id "(.*)"$/, "idTaken", (m) => ({ id: m[1] })],
  [/^unknown section/, "unknownSection"],
  [/^must be an https:\/\/kubernetes\.io\//, "sourceUrl"],
  [/^must be 1–40 letters, digits/, "tagFormat"],
  [/^must be a Kubernetes kind such as/, "kindFormat"],
  [/^must be an apiVersion such as/, "apiVersionFormat"],
  [/^must be a dotted path such as/, "checkPathFormat"],
  [/^must list at least one form/, "required"],
  [/^not valid YAML:.*?at line (\d+), column (\d+)/s, "yamlAt", (m) => ({ line: Number(m[1]), column: Number(m[2]) })],
  [/^not valid YAML/, "yaml"],
  [/^Too small: expected array to have >=?(\d+)/, "tooFew", (m) => ({ min: Number(m[1]) })],
  [/^Too big: expected array to have <=?(\d+)/, "tooMany", (m) => ({ max: Number(m[1]) })],
  [/^no option is marked correct/, "noCorrectOption"],
  [/^(\d+) options are correct, so the item needs multiple/, "needsMultiple", (m) => ({ count: Number(m[1]) })],
  [/^multiple: true needs more than one correct option/, "multipleNeedsMore"],
  [/^duplicate \w+ "(.*)"$/s, "duplicate", (m) => ({ value: m[1] })],
  [/^an ordering item needs 3 to 8 steps .*, not (\d+)$/, "stepCount", (m) => ({ count: Number(m[1]) })],
  [/^every step is in one anyOrder group/, "anyOrderAll"],
  [/^kubectl command does not parse/, "kubectlParse"],
  [/^unsupported kind: (.*)$/, "unsupportedKind", (m) => ({ kind: m[1] })],
  [/^solution\.(apiVersion|kind) must be "(.*)" like/, "solutionMismatch", (m) => ({ field: m[1], value: m[2] })],
  [/^a check needs exactly one of equals, exists or absent/, "checkMode"],
  [/^"(.*)" is not a field path of (\S+ \S+?)(;.*)?$/, "checkPath", (m) => ({ path: m[1], kind: m[2] })],
  [/^check on "(.*)" does not hold on the solution/, "checkFails", (m) => ({ path: m[1] })],
  [
    /^(compare: \w+ (only applies|needs replicas)|replicas is only used|equals: .* is not a (Kubernetes quantity|Pod count))/s,
    "checkCompare",
  ],
  [/^solution\./, "solutionSchema"],
  [/^malformed cloze deletion/, "clozeMalformed"],
  [/is never closed with \}\}/, "clozeUnclosed"],
  [/^cloze text has no deletion/, "clozeNone"],
  [/nesting is not supported/, "clozeNested"],
  [/numbers run from c1 to c9/, "clozeNumber"],
  [/has more than one ::hint/, "clozeHints"],
  [/has an empty answer/, "clozeEmpty"],
];

export function codeFieldError(message: string): FieldErrorCode {
  for (const [pattern, code, params] of RULES) {
    const match = pattern.exec(message);
    if (match) return { code, params: params ? params(match) : {} };
  }
  return { code: "invalid", params: {} };
}

/** Every code codeFieldError can give, so a test can hold the message files to all of them. */
export const FIELD_ERROR_CODES: readonly string[] = [...new Set([...RULES.map((rule) => rule[1]), "invalid"])];
