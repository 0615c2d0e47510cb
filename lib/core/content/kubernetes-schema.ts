// kubernetes-models ships compiled ajv validators, not JSON schema objects, and they ignore
// unknown fields. So instead of walking `properties`, we ask the validator: put a value no type
// accepts at a path and see whether it reports an error there. If it does, the schema knows the
// path, and the error says which type it expects (object, array, …) for the next step.
// Limitation: a field whose schema accepts anything (RawExtension, preserve-unknown-fields)
// looks unknown.
import { findKindSchema, type KindSchema, type SchemaError } from "./kubernetes-kinds";

/** A path into a manifest: keys, and numbers for list indexes. */
export type ManifestPath = (string | number)[];
/** A problem in a manifest at `path` (empty path = the manifest itself); `atKey` for unknown fields. */
export type ManifestProblem = { path: ManifestPath; message: string; atKey?: boolean };

// A value no JSON-schema type accepts, so the validator reports an error at every path it knows.
const PROBE = Symbol("schema-probe");
// Probe results are pure functions of (kind, path); decks repeat the same paths many times.
const probeCache = new Map<string, string[] | null>();
const PROBE_CACHE_LIMIT = 20_000;

/**
 * Whether `path` (dotted, e.g. `spec.template.spec.containers.0.image`) names a field of `kind`
 * in the Kubernetes API schema. List items may be addressed by index or, like `kubectl explain`,
 * implicitly (`spec.containers.image`) unless `requireIndexes` is set. An empty path asks whether
 * the kind is supported. apiVersion defaults to the kind's preferred version.
 */
export function fieldPathExists(
  kind: string,
  apiVersion: string | undefined,
  path: string,
  options: { requireIndexes?: boolean } = {},
): boolean {
  const schema = findKindSchema(kind, apiVersion);
  if (!schema) return false;
  const segments = path === "" ? [] : path.split(".");
  let concrete: ManifestPath = [];
  let types: string[] = ["object"];
  for (const segment of segments) {
    const isIndex = /^\d+$/.test(segment);
    if (types.includes("array")) {
      // Step into the list items: explicitly by index, or implicitly as `kubectl explain` does.
      if (!isIndex && options.requireIndexes) return false;
      concrete = [...concrete, 0];
      const itemTypes = probeTypes(schema, concrete);
      if (!itemTypes) return false;
      types = itemTypes;
      if (isIndex) continue;
    }
    if (!types.includes("object")) return false;
    concrete = [...concrete, segment];
    const next = probeTypes(schema, concrete);
    if (!next) return false;
    types = next;
  }
  return true;
}

/**
 * Problems of a manifest as `path: message` strings: it must be of a supported kind, validate
 * against that kind's schema, and contain no field unknown to the schema at any depth.
 */
export function validateManifest(manifest: unknown): string[] {
  return findManifestProblems(manifest).map(({ path, message }) =>
    path.length === 0 ? message : `${path.join(".")}: ${message}`,
  );
}

/** Like validateManifest, but keeps each problem's path so callers can locate it in the source. */
export function findManifestProblems(manifest: unknown): ManifestProblem[] {
  if (!isRecord(manifest)) return [{ path: [], message: "manifest must be a mapping" }];
  const { apiVersion, kind } = manifest;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return [{ path: [], message: "manifest needs apiVersion and kind strings" }];
  }
  const schema = findKindSchema(kind, apiVersion);
  if (!schema) return [{ path: [], message: `unsupported kind: ${apiVersion} ${kind}` }];
  const unknown = findUnknownFields(schema, manifest);
  schema.validate(manifest);
  const invalid = describeErrors(schema.validate.errors ?? [], manifest);
  return [...unknown, ...invalid];
}

/** Walks the manifest (iteratively) and reports the shallowest fields the schema does not know. */
function findUnknownFields(schema: KindSchema, manifest: Record<string, unknown>): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const stack: { value: unknown; path: ManifestPath }[] = [{ value: manifest, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
      continue;
    }
    if (!isRecord(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = [...path, key];
      if (probeTypes(schema, childPath) !== null) stack.push({ value: child, path: childPath });
      else problems.push({ path: childPath, message: `unknown field "${key}" in ${schema.apiVersion} ${schema.kind}`, atKey: true });
    }
  }
  return problems;
}

/**
 * Validates a skeleton holding only PROBE at `path` and returns the JSON types the schema expects
 * there, or null when the validator never visits the path (the field is unknown). Indexes become
 * 0 so a path such as `containers.100000` cannot make a huge sparse array.
 */
function probeTypes(schema: KindSchema, path: ManifestPath): string[] | null {
  const key = `${schema.apiVersion} ${schema.kind} ${toPointer(path)}`;
  const cached = probeCache.get(key);
  if (cached !== undefined) return cached;
  if (probeCache.size >= PROBE_CACHE_LIMIT) probeCache.clear();
  const types = probeUncached(schema, path);
  probeCache.set(key, types);
  return types;
}

function probeUncached(schema: KindSchema, path: ManifestPath): string[] | null {
  let skeleton: unknown = PROBE;
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    skeleton = typeof segment === "number" ? [skeleton] : Object.fromEntries([[segment, skeleton]]);
  }
  schema.validate(skeleton);
  const pointer = toPointer(path);
  const here = (schema.validate.errors ?? []).filter((e) => e.instancePath === pointer);
  if (here.length === 0) return null;
  return here.flatMap((e) => (e.keyword === "type" ? [e.params.type].flat().map(String) : ["scalar"]));
}

function toPointer(path: ManifestPath): string {
  return path.map((s) => "/" + (typeof s === "number" ? "0" : s.replaceAll("~", "~0").replaceAll("/", "~1"))).join("");
}

/** Turns ajv errors into one message per path (a oneOf of types reads "must be string or integer"). */
function describeErrors(errors: SchemaError[], manifest: unknown): ManifestProblem[] {
  const byPath = new Map<string, SchemaError[]>();
  for (const error of errors) byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
  const problems: ManifestProblem[] = [];
  for (const [pointer, group] of byPath) {
    const path = fromPointer(pointer, manifest);
    const types = group.filter((e) => e.keyword === "type").flatMap((e) => [e.params.type].flat().map(String));
    if (types.length > 0) problems.push({ path, message: `must be ${[...new Set(types)].join(" or ")}` });
    for (const e of group) {
      if (e.keyword === "required") problems.push({ path, message: `missing required field "${String(e.params.missingProperty)}"` });
      if (e.keyword === "enum") problems.push({ path, message: `must be one of ${(e.params.allowedValues as unknown[]).join(", ")}` });
      if (e.keyword === "format" && types.length === 0) problems.push({ path, message: `must be a valid ${String(e.params.format)}` });
    }
  }
  return problems;
}

function fromPointer(pointer: string, manifest: unknown): ManifestPath {
  const path: ManifestPath = [];
  let node = manifest;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    path.push(segment);
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string, unknown>)[segment] : undefined;
  }
  return path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
