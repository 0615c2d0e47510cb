type Tree = Record<string, unknown>;

/**
 * The part of the message catalogue that `namespaces` name, nested as in the catalogue. A
 * namespace may be a dotted part of one ("quiz.feedbackCodes"), so a page that shows only the
 * graders' feedback does not receive the whole quiz namespace. Names that match nothing are skipped.
 */
export function pickMessages(messages: Tree, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    const part = path.reduce<unknown>((node, key) => (isTree(node) ? node[key] : undefined), messages);
    if (part !== undefined) setAt(picked, path, part);
  }
  return picked;
}

function isTree(node: unknown): node is Tree {
  return typeof node === "object" && node !== null;
}

/** Puts `value` at `path`, keeping what other namespaces already put beside it. */
function setAt(tree: Tree, path: string[], value: unknown) {
  let node = tree;
  for (const key of path.slice(0, -1)) node = (isTree(node[key]) ? node[key] : (node[key] = {})) as Tree;
  node[path[path.length - 1]] = value;
}
