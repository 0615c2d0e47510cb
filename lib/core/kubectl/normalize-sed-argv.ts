/**
 * Canonical argv for a `sed` stage, so that spellings with the same effect compare equal:
 * `sed -e 's|a|b|' f`, `sed 's|a|b|' f`, `sed --expression='s/a/b/' f` all become
 * `sed -e s/a/b/ f`. Boolean options are sorted; scripts keep their order (it matters);
 * `s` commands are rewritten with `/` as delimiter when neither side contains `/`.
 * Options it does not know are kept in place, so unusual commands still compare literally.
 */
export function normalizeSedArgv(argv: readonly string[]): string[] {
  const options: string[] = [];
  const scripts: string[] = [];
  const operands: string[] = [];
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i += 1) {
    const word = argv[i];
    if (word === "-e" || word === "--expression") scripts.push(argv[(i += 1)] ?? "");
    else if (word.startsWith("--expression=")) scripts.push(word.slice("--expression=".length));
    else if (/^-e./.test(word)) scripts.push(word.slice(2));
    else if (word === "-i" || word === "--in-place") options.push("-i");
    else if (word === "-E" || word === "-r" || word === "--regexp-extended") options.push("-E");
    else if (word === "-n" || word === "--quiet" || word === "--silent") options.push("-n");
    else if (word.startsWith("-") && word !== "-") rest.push(word);
    else operands.push(word);
  }
  // Without -e, the first operand is the script.
  if (scripts.length === 0 && operands.length > 0) scripts.push(operands.shift() as string);
  const scriptArgs = scripts.flatMap((script) => ["-e", normalizeSedScript(script)]);
  return ["sed", ...[...new Set(options)].sort(), ...rest, ...scriptArgs, ...operands];
}

const SUBSTITUTE = /^s(.)(.*)$/s;

/** `s|a|b|g` → `s/a/b/g` when safe; other scripts unchanged. */
export function normalizeSedScript(script: string): string {
  const trimmed = script.trim();
  const match = SUBSTITUTE.exec(trimmed);
  if (!match || /[\s\\\n;]/.test(match[1])) return trimmed;
  const [, delimiter, body] = match;
  const parts = body.split(delimiter);
  // Exactly pattern, replacement and flags; escaped delimiters make splitting unsafe.
  if (parts.length !== 3 || body.includes("\\") || delimiter === "/") return trimmed;
  const [pattern, replacement, flags] = parts;
  if (pattern.includes("/") || replacement.includes("/") || !/^[gpiI0-9]*$/.test(flags)) return trimmed;
  return `s/${pattern}/${replacement}/${flags}`;
}
