/**
 * How a kubectl flag takes its value (pflag semantics):
 * - `bool`: `--x`, `--x=false`; never consumes the next word.
 * - `string` / `int`: `--x v`, `--x=v`, `-xv`, `-x v`.
 * - `list`: like string, may repeat; order does not matter for meaning.
 * - `optional`: has a no-value default (pflag NoOptDefVal), so a value must be attached with `=`:
 *   `--cascade orphan` makes `orphan` an operand, not the value.
 */
export type FlagKind = "bool" | "string" | "int" | "list" | "optional";

export type FlagSpec = {
  name: string;
  short?: string;
  kind: FlagKind;
  /** The value kubectl uses when the flag is absent (only kept where equality with "absent" is safe). */
  defaultValue?: string;
  /** Deprecation notice kubectl prints. */
  deprecated?: string;
};

const SPEC = /^(?:([A-Za-z]):)?([a-z][a-z0-9-]*)(!|=\*|=\?|=#|=)?$/;
const KIND_BY_MARKER: Record<string, FlagKind> = {
  "": "bool",
  "!": "bool",
  "=": "string",
  "=#": "int",
  "=*": "list",
  "=?": "optional",
};

/** The three NoOptDefVal flags of kubectl 1.32: their default, bare meaning and allowed values. */
export const OPTIONAL_FLAG_VALUES: Record<
  string,
  { defaultValue: string; bare: string; aliases: Record<string, string> }
> = {
  // Bare `--dry-run` is deprecated and means `client` (kubectl warns and uses client).
  "dry-run": { defaultValue: "none", bare: "client", aliases: { none: "none", client: "client", server: "server" } },
  cascade: {
    defaultValue: "background",
    bare: "background",
    aliases: {
      background: "background",
      foreground: "foreground",
      orphan: "orphan",
      true: "background",
      false: "orphan",
    },
  },
  validate: {
    defaultValue: "strict",
    bare: "strict",
    aliases: { strict: "strict", warn: "warn", ignore: "ignore", true: "strict", false: "ignore" },
  },
};

/**
 * Decodes the compact flag notation used by the verb tables, one space-separated entry per flag:
 * `[s:]name` then `` (boolean, default false), `!` (boolean, default true), `=` (string),
 * `=#` (integer), `=*` (repeatable list) or `=?` (optional value, see {@link OPTIONAL_FLAG_VALUES}).
 * Example: `"f:filename=* R:recursive dry-run=? wait!"`.
 */
export function decodeFlags(...groups: string[]): FlagSpec[] {
  const specs: FlagSpec[] = [];
  for (const entry of groups.join(" ").split(/\s+/).filter(Boolean)) {
    const match = SPEC.exec(entry);
    if (!match) throw new Error(`bad flag spec: ${entry}`);
    const [, short, name, marker = ""] = match;
    const spec: FlagSpec = { name, kind: KIND_BY_MARKER[marker] };
    if (short) spec.short = short;
    if (spec.kind === "bool") spec.defaultValue = marker === "!" ? "true" : "false";
    if (spec.kind === "optional") spec.defaultValue = OPTIONAL_FLAG_VALUES[name]?.defaultValue;
    if (name === "record") spec.deprecated = "--record has been deprecated, --record will be removed in the future";
    specs.push(spec);
  }
  return specs;
}

/** Options every kubectl command accepts (`kubectl options`), plus `-h/--help`. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = decodeFlags(
  "as= as-group=* as-uid= cache-dir= certificate-authority= client-certificate= client-key= cluster=",
  "context= disable-compression insecure-skip-tls-verify kubeconfig= log-flush-frequency=",
  "match-server-version n:namespace= password= profile= profile-output= request-timeout= s:server=",
  "tls-server-name= token= user= username= v:v=# vmodule= warnings-as-errors h:help",
);

/** Output flags shared by most commands (`-o`, templates). */
export const PRINT_FLAGS = "allow-missing-template-keys! o:output= show-managed-fields template=";
/** File input flags (`-f`, `-k`, `-R`). */
export const FILE_FLAGS = "f:filename=* k:kustomize= R:recursive";
/** Flags of every `kubectl create <object>` generator. */
export const CREATE_FLAGS = `${PRINT_FLAGS} dry-run=? field-manager= save-config validate=?`;
/** Hidden, deprecated `--record` that many mutating commands still accept. */
export const RECORD_FLAG = "record";
