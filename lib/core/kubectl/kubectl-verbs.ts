import { command, type CommandSpec } from "./kubectl-command-spec";
import { CREATE_COMMANDS } from "./kubectl-create-verbs";
import { FILE_FLAGS as FILES, PRINT_FLAGS as PRINT, RECORD_FLAG as RECORD } from "./kubectl-flag-spec";

/*
 * kubectl 1.32 commands a CKA/CKAD candidate uses, with every flag `kubectl <path> --help` lists
 * (plus the hidden, deprecated `--record` where kubectl still accepts it). The integration test
 * tests/integration/kubectl-oracle.test.ts compares these tables with the real `--help` output.
 */

const WRITE = "dry-run=? field-manager=";
const LABELS = `all A:all-namespaces ${PRINT} ${WRITE} field-selector= ${FILES} list local overwrite resource-version= l:selector= ${RECORD}`;
const ROLLOUT_MARK = `${PRINT} field-manager= ${FILES} l:selector=`;
const LOGS =
  "all-containers all-pods c:container= f:follow ignore-errors insecure-skip-tls-verify-backend limit-bytes=# max-log-requests=#";
const STREAM = "c:container= pod-running-timeout= q:quiet i:stdin t:tty";
const DEBUG_KEEP = "keep-annotations keep-init-containers! keep-labels keep-liveness keep-readiness keep-startup";

const RESOURCES = { needsTarget: true } as const;

const MAIN_COMMANDS: CommandSpec[] = [
  command(
    "get",
    "resources",
    [
      `A:all-namespaces chunk-size=# field-selector= ${FILES} ignore-not-found L:label-columns=* no-headers ${PRINT}`,
      "output-watch-events raw= l:selector= server-print! show-kind show-labels sort-by= subresource= w:watch watch-only",
    ],
    { ...RESOURCES, allowAll: true },
  ),
  command("describe", "resources", [`A:all-namespaces chunk-size=# ${FILES} l:selector= show-events!`], {
    ...RESOURCES,
    allowAll: true,
  }),
  command(
    "apply",
    "none",
    [
      `all ${PRINT} cascade=? dry-run=? field-manager= ${FILES} force force-conflicts grace-period=# openapi-patch!`,
      `overwrite! prune prune-allowlist=* l:selector= server-side subresource= timeout= validate=? wait ${RECORD}`,
    ],
    { needsTarget: true },
  ),
  command(
    "delete",
    "resources",
    [
      `all A:all-namespaces cascade=? dry-run=? field-selector= ${FILES} force grace-period=# ignore-not-found`,
      "i:interactive now o:output= raw= l:selector= timeout= wait!",
    ],
    { ...RESOURCES, allowAll: true },
  ),
  command(
    "edit",
    "resources",
    [
      `${PRINT} field-manager= ${FILES} output-patch save-config subresource= validate=? windows-line-endings ${RECORD}`,
    ],
    RESOURCES,
  ),
  command(
    "patch",
    "resources",
    [`${PRINT} ${WRITE} ${FILES} local p:patch= patch-file= subresource= type= ${RECORD}`],
    RESOURCES,
  ),
  command(
    "replace",
    "none",
    [
      `${PRINT} cascade=? ${WRITE} ${FILES} force grace-period=# raw= save-config subresource= timeout= validate=? wait`,
    ],
    { needsTarget: true },
  ),
  command("label", "resources", [LABELS], { ...RESOURCES, changes: /=|-$/, needsChanges: true }),
  command("annotate", "resources", [LABELS], { ...RESOURCES, changes: /=|-$/, needsChanges: true }),
  command(
    "expose",
    "resources",
    [
      `${PRINT} cluster-ip= ${WRITE} external-ip= ${FILES} l:labels= load-balancer-ip= name= override-type=`,
      `overrides= port= protocol= save-config selector= session-affinity= target-port= type= ${RECORD}`,
    ],
    RESOURCES,
  ),
  command(
    "run",
    "name",
    [
      `${PRINT} annotations=* attach cascade=? command ${WRITE} env=* expose ${FILES} force grace-period=# image=`,
      "image-pull-policy= l:labels= leave-stdin-open override-type= overrides= pod-running-timeout= port= privileged",
      `q:quiet restart= rm save-config i:stdin timeout= t:tty wait ${RECORD}`,
    ],
    { resource: "pods", minOperands: 1, maxOperands: 1, required: ["image"] },
  ),
  command(
    "logs",
    "object",
    [`${LOGS} pod-running-timeout= prefix p:previous l:selector= since= since-time= tail=# timestamps`],
    { resource: "pods", maxOperands: 2 },
  ),
  command("exec", "object", [`${STREAM} f:filename=*`], { resource: "pods", maxOperands: 1 }),
  command("attach", "object", [STREAM], { resource: "pods", minOperands: 1, maxOperands: 1 }),
  command("port-forward", "object", ["address=* pod-running-timeout="], { resource: "pods", minOperands: 2 }),
  command(
    "debug",
    "object",
    [
      `arguments-only attach c:container= copy-to= custom= env=* f:filename=* image= image-pull-policy= ${DEBUG_KEEP}`,
      "profile= q:quiet replace same-node set-image=* share-processes! i:stdin target= t:tty",
    ],
    { resource: "pods", maxOperands: 1 },
  ),
  command("explain", "explain", ["api-version= o:output= recursive"], { minOperands: 1, maxOperands: 1 }),
  command(
    "autoscale",
    "resources",
    [`${PRINT} cpu-percent=# ${WRITE} ${FILES} max=# min=# name= save-config ${RECORD}`],
    { ...RESOURCES, required: ["max"] },
  ),
  command(
    "scale",
    "resources",
    [`all ${PRINT} current-replicas=# dry-run=? ${FILES} replicas=# resource-version= l:selector= timeout= ${RECORD}`],
    { ...RESOURCES, required: ["replicas"] },
  ),
  command("cordon", "name", ["dry-run=? l:selector="], { resource: "nodes", needsTarget: true }),
  command("uncordon", "name", ["dry-run=? l:selector="], { resource: "nodes", needsTarget: true }),
  command(
    "drain",
    "name",
    [
      "chunk-size=# delete-emptydir-data disable-eviction dry-run=? force grace-period=# ignore-daemonsets",
      "pod-selector= l:selector= skip-wait-for-delete-timeout=# timeout=",
    ],
    { resource: "nodes", needsTarget: true },
  ),
  command("taint", "resources", [`all ${PRINT} ${WRITE} overwrite l:selector= validate=?`], {
    ...RESOURCES,
    changes: /[=:]|-$/,
    needsChanges: true,
  }),
  command(
    "top pod",
    "name",
    ["A:all-namespaces containers field-selector= no-headers l:selector= sort-by= sum use-protocol-buffers!"],
    { resource: "pods", maxOperands: 1 },
  ),
  command("top node", "name", ["no-headers l:selector= show-capacity sort-by= use-protocol-buffers!"], {
    resource: "nodes",
    maxOperands: 1,
  }),
  command("rollout undo", "resources", [`${PRINT} dry-run=? ${FILES} l:selector= to-revision=#`], RESOURCES),
  command("rollout history", "resources", [`${PRINT} ${FILES} revision=# l:selector=`], RESOURCES),
  command("rollout pause", "resources", [ROLLOUT_MARK], RESOURCES),
  command("rollout resume", "resources", [ROLLOUT_MARK], RESOURCES),
  command("rollout restart", "resources", [ROLLOUT_MARK], RESOURCES),
  command("rollout status", "resources", [`${FILES} revision=# l:selector= timeout= w:watch!`], RESOURCES),
  command("set image", "resources", [`all ${PRINT} ${WRITE} ${FILES} local l:selector= ${RECORD}`], {
    ...RESOURCES,
    changes: /=/,
  }),
  command(
    "set env",
    "resources",
    [
      `all ${PRINT} c:containers= ${WRITE} e:env=* ${FILES} from= keys=* list local overwrite! prefix= resolve l:selector=`,
    ],
    { ...RESOURCES, changes: /=|-$/ },
  ),
  command(
    "set resources",
    "resources",
    [`all ${PRINT} c:containers= ${WRITE} ${FILES} limits= local requests= l:selector= ${RECORD}`],
    RESOURCES,
  ),
  command(
    "set selector",
    "resources",
    [`all ${PRINT} ${WRITE} f:filename=* local R:recursive! resource-version= ${RECORD}`],
    {
      ...RESOURCES,
      changes: "last",
    },
  ),
  command("set serviceaccount", "resources", [`all ${PRINT} ${WRITE} ${FILES} local ${RECORD}`], {
    ...RESOURCES,
    changes: "last",
  }),
  command(
    "set subject",
    "resources",
    [`all ${PRINT} ${WRITE} ${FILES} group=* local l:selector= serviceaccount=* user=*`],
    RESOURCES,
  ),
  command(
    "wait",
    "resources",
    [`all A:all-namespaces ${PRINT} field-selector= f:filename=* for= local R:recursive! l:selector= timeout=`],
    RESOURCES,
  ),
  command(
    "diff",
    "none",
    [
      `concurrency=# field-manager= ${FILES} force-conflicts prune prune-allowlist=* l:selector= server-side show-managed-fields`,
    ],
    { needsTarget: true },
  ),
  command("cp", "free", ["c:container= no-preserve retries=#"], { minOperands: 2, maxOperands: 2 }),
  command("events", "none", [
    "A:all-namespaces allow-missing-template-keys! chunk-size=# for= no-headers o:output= show-managed-fields template=",
    "types=* w:watch",
  ]),
  command("api-resources", "none", [
    "api-group= cached categories=* namespaced! no-headers o:output= sort-by= verbs=*",
  ]),
  command("api-versions", "none", []),
  command("cluster-info", "none", []),
  command("version", "none", ["client o:output="]),
  command("config view", "none", [`${PRINT} flatten merge! minify raw`]),
  command("config current-context", "none", []),
  command("config get-contexts", "free", ["no-headers o:output="], { maxOperands: 1 }),
  command("config use-context", "free", [], { minOperands: 1, maxOperands: 1 }),
  command("config set-context", "free", ["cluster= current namespace= user="], { maxOperands: 1 }),
  command("auth can-i", "free", ["A:all-namespaces list no-headers q:quiet subresource="], { maxOperands: 2 }),
  command("auth whoami", "none", [PRINT]),
];

export const KUBECTL_COMMANDS: readonly CommandSpec[] = [...MAIN_COMMANDS, ...CREATE_COMMANDS];

/** Other spellings of a command word, keyed by the path above it (from each command's `Aliases:`). */
export const COMMAND_ALIASES: Record<string, Record<string, string>> = {
  create: {
    deploy: "deployment",
    svc: "service",
    cm: "configmap",
    cj: "cronjob",
    ns: "namespace",
    sa: "serviceaccount",
    resourcequota: "quota",
    ing: "ingress",
    pdb: "poddisruptionbudget",
    pc: "priorityclass",
  },
  top: { pods: "pod", po: "pod", nodes: "node", no: "node" },
  set: { sa: "serviceaccount" },
};

const BY_PATH = new Map(KUBECTL_COMMANDS.map((spec) => [spec.path, spec]));

/** The runnable command at a canonical path, or undefined (`rollout` alone is not runnable). */
export function findCommandSpec(path: string): CommandSpec | undefined {
  return BY_PATH.get(path);
}

/** Canonical child words below a path (`rollout` → undo, history, …); empty for a leaf. */
export function commandChildren(path: string): string[] {
  const prefix = path === "" ? "" : `${path} `;
  const words = KUBECTL_COMMANDS.filter((spec) => spec.path.startsWith(prefix)).map(
    (spec) => spec.path.slice(prefix.length).split(" ")[0],
  );
  return [...new Set(words)];
}

/** Resolves an alias (`deploy` under `create`) to its canonical word. */
export function canonicalCommandWord(parent: string, word: string): string {
  return COMMAND_ALIASES[parent]?.[word] ?? word;
}
