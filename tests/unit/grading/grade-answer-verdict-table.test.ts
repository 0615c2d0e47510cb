import { GRADING_ROWS } from "../kubectl/kubectl-grading-rows";
import { describe, expect, it } from "vitest";
import { gradeAnswer, type AnswerKey } from "@/lib/core/grading/grade-answer";
import type { Verdict } from "@/lib/core/grading/grade-result";
import { NEAR_MISS_SCORE } from "@/lib/core/grading/grade-typed-answer";
import { SCHEMA_ERROR_FACTOR } from "@/lib/core/grading/grade-manifest";
import {
  ALIAS_BOMB,
  deployment,
  PROTO_KEY_DEPLOYMENT,
  QUANTITY_KEY,
  RECREATE_DEPLOYMENT,
  RECREATE_KEY,
  RECREATE_STRATEGY,
  resources,
  rolling,
  ROLLING_DEPLOYMENT,
  ROLLING_KEY,
  ROLLING_STRATEGY,
  SURGE_KEY,
  TYPO_DEPLOYMENT,
} from "./manifest-fixtures";

/** What a row also asserts: the behaviour it names (its test title) and the first feedback code. */
type Expect = { behaviour?: string; code?: string };
/** [key, response, verdict, score?, expect?]; score defaults to 1 for correct and 0 for incorrect. */
type Row = [AnswerKey, unknown, Verdict, number?, Expect?];

/** A row whose test title is the behaviour it shows. */
function named(
  behaviour: string,
  key: AnswerKey,
  response: unknown,
  verdict: Verdict,
  score?: number,
  code?: string,
): Row {
  return [key, response, verdict, score, { behaviour, code }];
}

const id = (answer: string, accept?: string[]): AnswerKey => ({ type: "typed", answer, accept, match: "identifier" });
const prose = (answer: string, accept?: string[]): AnswerKey => ({ type: "typed", answer, accept });
const text = (t: string) => ({ text: t });

/** [response, verdict, score?, first feedback code?] per case. */
function typedRows(key: AnswerKey, cases: [string, Verdict, number?, string?][]): Row[] {
  return cases.map(([response, verdict, score, code]) => [key, text(response), verdict, score, { code }]);
}

const identifierRows: Row[] = [
  ...typedRows(id("OrderedReady"), [
    ["OrderedReady", "correct"],
    ["ＯｒｄｅｒｅｄＲｅａｄｙ", "correct"],
    ["  OrderedReady  ", "correct"],
    ["`OrderedReady`", "correct"],
    ['"OrderedReady"', "correct"],
    ["'OrderedReady'", "correct"],
    ["「OrderedReady」", "correct"],
    ["＂ＯｒｄｅｒｅｄＲｅａｄｙ＂", "correct"],
    ["OrderedReady。", "correct"],
    ["orderedready", "incorrect"],
    ["ORDEREDREADY", "incorrect"],
    ["Orderedready", "incorrect"],
    ["`orderedReady`", "incorrect"],
    ["Ordered Ready", "incorrect"],
    ["OrderedRaedy", "incorrect", undefined, "typo"],
    ["Parallel", "incorrect"],
    ["", "incorrect"],
    ["   ", "incorrect"],
  ]),
  ...typedRows(id("Parallel"), [
    ["Parallel", "correct"],
    ["Ｐａｒａｌｌｅｌ", "correct"],
    ["parallel", "incorrect"],
    ["Paralel", "incorrect", undefined, "typo"],
    ["OrderedReady", "incorrect"],
  ]),
  ...typedRows(id("ClusterFirst"), [
    ["ClusterFirst", "correct"],
    ["`ClusterFirst`", "correct"],
    ["clusterfirst", "incorrect", undefined, "case-mismatch"],
    ["Cluster First", "incorrect", undefined, "typo"],
    ["ClusterFirstWithHostNet", "incorrect", undefined, "wrong-answer"],
    ["Default", "incorrect", undefined, "wrong-answer"],
    // One-character slips stay incorrect (the API server refuses them) but are called typos.
    ["ClusterFrist", "incorrect", undefined, "typo"],
    ["ClusterFirs", "incorrect", undefined, "typo"],
    ["ClusterFirstt", "incorrect", undefined, "typo"],
    ["ClusterFurst", "incorrect", undefined, "typo"],
    ["ClustreFrist", "incorrect", undefined, "wrong-answer"],
  ]),
  ...typedRows(id("ClusterFirstWithHostNet"), [
    ["ClusterFirstWithHostNet", "correct"],
    ["ＣｌｕｓｔｅｒＦｉｒｓｔＷｉｔｈＨｏｓｔＮｅｔ", "correct"],
    ["ClusterFirst", "incorrect"],
    ["clusterFirstWithHostNet", "incorrect"],
    ["ClusterFirstWithHostnet", "incorrect", undefined, "case-mismatch"],
  ]),
  ...typedRows(id("Recreate"), [
    ["Recreate", "correct"],
    ["Ｒｅｃｒｅａｔｅ", "correct"],
    ["recreate", "incorrect"],
    ["Recraete", "incorrect", undefined, "typo"],
    ["RollingUpdate", "incorrect"],
  ]),
  ...typedRows(id("RollingUpdate"), [
    ["RollingUpdate", "correct"],
    ["`RollingUpdate`", "correct"],
    ["rollingUpdate", "incorrect"],
    ["Rolling Update", "incorrect"],
  ]),
  ...typedRows(id("OnDelete"), [
    ["OnDelete", "correct"],
    ["ＯｎＤｅｌｅｔｅ", "correct"],
    ["ondelete", "incorrect"],
    ["On Delete", "incorrect"],
    ["OnDelte", "incorrect", undefined, "typo"],
  ]),
  ...typedRows(id("hostAliases", ["spec.hostAliases"]), [
    ["hostAliases", "correct"],
    ["spec.hostAliases", "correct"],
    ["hostAlaises", "incorrect", undefined, "typo"],
    ["spec.hostAliase", "incorrect", undefined, "typo"],
    ["hostNetwork", "incorrect", undefined, "wrong-answer"],
  ]),
  ...typedRows(id("maxSurge"), [
    ["maxSurge", "correct"],
    ["ｍａｘＳｕｒｇｅ", "correct"],
    ["MaxSurge", "incorrect"],
    ["maxsurge", "incorrect"],
    ["max-surge", "incorrect"],
  ]),
  ...typedRows(id("25%"), [
    ["25%", "correct"],
    ["２５％", "correct"],
    ['"25%"', "correct"],
    ["25%.", "correct"],
    ["25 %", "incorrect"],
    ["25", "incorrect"],
    ["０．２５", "incorrect"],
  ]),
  ...typedRows(id("kube-system"), [
    ["kube-system", "correct"],
    ["ｋｕｂｅーｓｙｓｔｅｍ", "correct"],
    ["kube‐system", "correct"],
    ["kube_system", "incorrect"],
    ["Kube-System", "incorrect"],
  ]),
  ...typedRows(id("apps/v1"), [
    ["apps/v1", "correct"],
    ["ａｐｐｓ／ｖ１", "correct"],
    ["apps/V1", "incorrect"],
  ]),
];

const proseRows: Row[] = [
  ...typedRows(prose("サイドカー"), [
    ["サイドカー", "correct"],
    ["ｻｲﾄﾞｶｰ", "correct"],
    ["さいどかー", "correct"],
    ["サイドカ-", "correct"],
    ["サイドカ‐", "correct"],
    ["サイドカｰ", "correct"],
    ["サイドカ－", "correct"],
    ["サイドカ—", "correct"],
    ["ｻｲﾄﾞｶ-", "correct"],
    ["「サイドカー」", "correct"],
    ["サイドカー。", "correct"],
    [" サイドカー ", "correct"],
    ["サイド カー", "correct"],
    ["サイドカ", "incorrect"],
    ["アンバサダー", "incorrect"],
    ["", "incorrect"],
  ]),
  ...typedRows(prose("サイドカーコンテナ", ["sidecar container"]), [
    ["サイドカー・コンテナ", "correct"],
    ["サイドカー　コンテナ", "correct"],
    ["さいどかーこんてな", "correct"],
    ["ｻｲﾄﾞｶｰｺﾝﾃﾅ", "correct"],
    ["Sidecar Container", "correct"],
    ["SIDECAR CONTAINER", "correct"],
    ["sidecar-container", "partial", NEAR_MISS_SCORE],
    ["sidecar containers", "partial", NEAR_MISS_SCORE],
    ["サイドカーコンテ", "partial", NEAR_MISS_SCORE],
    ["init container", "incorrect"],
  ]),
  ...typedRows(prose("ドメイン"), [
    ["どめいん", "correct"],
    ["ﾄﾞﾒｲﾝ", "correct"],
    ["ドメイン名", "incorrect"],
  ]),
  ...typedRows(prose("localhost"), [
    ["localhost", "correct"],
    ["LOCALHOST", "correct"],
    ["Localhost.", "correct"],
    ["`localhost`", "correct"],
    ["ｌｏｃａｌｈｏｓｔ", "correct"],
    ["localhots", "partial", NEAR_MISS_SCORE],
    ["locahost", "partial", NEAR_MISS_SCORE],
    ["lcalhst", "incorrect"],
    ["127.0.0.1", "incorrect"],
  ]),
  ...typedRows(prose("Pod の IP アドレス"), [
    ["PodのIPアドレス", "correct"],
    ["pod の ip あどれす", "correct"],
    ["ＰｏｄのＩＰアドレス", "correct"],
  ]),
  ...typedRows(prose("kube-proxy"), [
    ["kube-proxy", "correct"],
    ["Kube-Proxy", "correct"],
    ["ｋｕｂｅ－ｐｒｏｘｙ", "correct"],
    ["kube proxy", "partial", NEAR_MISS_SCORE],
    ["kubeproxy", "partial", NEAR_MISS_SCORE],
    ["kubelet", "incorrect"],
  ]),
  ...typedRows(prose("エンドポイントスライス"), [
    ["エンドポイント・スライス", "correct"],
    ["えんどぽいんとすらいす", "correct"],
    ["ｴﾝﾄﾞﾎﾟｲﾝﾄｽﾗｲｽ", "correct"],
    ["エンドポイントスライズ", "partial", NEAR_MISS_SCORE],
  ]),
  ...typedRows(prose("コントロールプレーン"), [
    ["コントロール・プレーン", "correct"],
    ["コントロールプレ-ン", "correct"],
    ["コントロ－ルプレ－ン", "correct"],
    ["こんとろーるぷれーん", "correct"],
    ["コントロールプレイン", "partial", NEAR_MISS_SCORE],
  ]),
  ...typedRows(prose("ClusterIP"), [
    ["clusterip", "correct"],
    ["ClusterIP.", "correct"],
    ["(ClusterIP)", "correct"],
    ["Cluster IP", "partial", NEAR_MISS_SCORE],
    ["NodePort", "incorrect"],
  ]),
];

const single: AnswerKey = { type: "choice", optionCount: 4, correct: [2] };
const threeOfFive: AnswerKey = { type: "choice", optionCount: 5, correct: [0, 2, 3], multiple: true };
const twoOfFour: AnswerKey = { type: "choice", optionCount: 4, correct: [1, 3], multiple: true };
const oneOfThree: AnswerKey = { type: "choice", optionCount: 3, correct: [0], multiple: true };
const sel = (...selected: number[]) => ({ selected });

const choiceRows: Row[] = [
  [single, sel(2), "correct"],
  [single, sel(0), "incorrect"],
  [single, sel(1), "incorrect"],
  [single, sel(), "incorrect"],
  [single, sel(2, 0), "incorrect"],
  [single, sel(4), "incorrect"],
  [single, sel(-1), "incorrect"],
  [single, sel(2.5), "incorrect"],
  [threeOfFive, sel(0, 2, 3), "correct"],
  [threeOfFive, sel(3, 2, 0), "correct"],
  [threeOfFive, sel(0, 2), "partial", 2 / 3],
  [threeOfFive, sel(0), "partial", 1 / 3],
  [threeOfFive, sel(0, 2, 3, 1), "partial", 2 / 3],
  [threeOfFive, sel(0, 2, 1), "partial", 1 / 3],
  [threeOfFive, sel(0, 1), "incorrect"],
  [threeOfFive, sel(0, 1, 2, 3, 4), "partial", 1 / 3],
  [threeOfFive, sel(1, 4), "incorrect"],
  [threeOfFive, sel(), "incorrect"],
  [threeOfFive, sel(0, 0, 2), "incorrect"],
  [threeOfFive, sel(0, 5), "incorrect"],
  [twoOfFour, sel(1, 3), "correct"],
  [twoOfFour, sel(1), "partial", 0.5],
  [twoOfFour, sel(3), "partial", 0.5],
  [twoOfFour, sel(1, 3, 0), "partial", 0.5],
  [twoOfFour, sel(0, 1, 2, 3), "incorrect"],
  [twoOfFour, sel(0, 2), "incorrect"],
  [oneOfThree, sel(0), "correct"],
  [oneOfThree, sel(0, 1), "incorrect"],
  [oneOfThree, sel(1), "incorrect"],
];

const isTrue: AnswerKey = { type: "truefalse", answer: true };
const isFalse: AnswerKey = { type: "truefalse", answer: false };

const trueFalseRows: Row[] = [
  [isTrue, { value: true }, "correct"],
  [isTrue, { value: false }, "incorrect"],
  [isFalse, { value: false }, "correct"],
  [isFalse, { value: true }, "incorrect"],
  [isTrue, { value: "true" }, "incorrect"],
  [isTrue, { value: 1 }, "incorrect"],
  [isTrue, {}, "incorrect"],
  [isTrue, null, "incorrect"],
];

const order = (...steps: number[]) => ({ order: steps });
const four: AnswerKey = { type: "ordering", stepCount: 4 };
const three: AnswerKey = { type: "ordering", stepCount: 3 };
const eight: AnswerKey = { type: "ordering", stepCount: 8 };
// pause, [set image, set resources], resume, status
const pausedUpdate: AnswerKey = { type: "ordering", stepCount: 5, anyOrder: [[1, 2]] };
// scale to 0, check Pods gone, delete sts, [delete service, delete pvc]
const cleanup: AnswerKey = { type: "ordering", stepCount: 5, anyOrder: [[3, 4]] };
// a, [b, c], [d, e], f: two groups side by side
const twoGroups: AnswerKey = {
  type: "ordering",
  stepCount: 6,
  anyOrder: [
    [1, 2],
    [3, 4],
  ],
};
// a, [b, c, d], e: 7 of 10 pairs have a required order
const bigGroup: AnswerKey = { type: "ordering", stepCount: 5, anyOrder: [[1, 2, 3]] };

const orderingRows: Row[] = [
  named("the stored order", four, order(0, 1, 2, 3), "correct"),
  named("first two neighbours swapped: 1 pair of 6", four, order(1, 0, 2, 3), "partial", 5 / 6),
  named("last two neighbours swapped", four, order(0, 1, 3, 2), "partial", 5 / 6),
  named("middle neighbours swapped", four, order(0, 2, 1, 3), "partial", 5 / 6),
  named("a step moved two places forward: 2 pairs", four, order(2, 0, 1, 3), "partial", 4 / 6),
  named("the first step moved to the end: n − 1 pairs", four, order(1, 2, 3, 0), "partial", 3 / 6),
  named("the last step moved to the front", four, order(3, 0, 1, 2), "partial", 3 / 6),
  named("fully reversed", four, order(3, 2, 1, 0), "incorrect"),
  named("a step missing", four, order(0, 1, 2), "incorrect", undefined, "invalid-order"),
  named("a step repeated", four, order(0, 1, 2, 2), "incorrect", undefined, "invalid-order"),
  named("an index past the last step", four, order(0, 1, 2, 4), "incorrect", undefined, "invalid-order"),
  named("no steps at all", four, order(), "incorrect", undefined, "invalid-order"),
  named("indexes sent as strings", four, { order: ["0", "1", "2", "3"] }, "incorrect", undefined, "invalid-response"),
  named("three steps in order", three, order(0, 1, 2), "correct"),
  named("three steps reversed", three, order(2, 1, 0), "incorrect"),
  named("three steps, first two swapped", three, order(1, 0, 2), "partial", 2 / 3),
  named("three steps, last two swapped", three, order(0, 2, 1), "partial", 2 / 3),
  named("three steps, first moved to the end", three, order(1, 2, 0), "partial", 1 / 3),
  named("three steps, last moved to the front", three, order(2, 0, 1), "partial", 1 / 3),
  named("eight steps in order", eight, order(0, 1, 2, 3, 4, 5, 6, 7), "correct"),
  named("eight steps, last two swapped: 1 pair of 28", eight, order(0, 1, 2, 3, 4, 5, 7, 6), "partial", 27 / 28),
  named("eight steps, first moved to the end: 7 pairs of 28", eight, order(1, 2, 3, 4, 5, 6, 7, 0), "partial", 21 / 28),
  named("eight steps reversed", eight, order(7, 6, 5, 4, 3, 2, 1, 0), "incorrect"),
  // Steps that may swap (anyOrder groups): every valid order is correct; credit by distance to the nearest one.
  named("group in the stored order", pausedUpdate, order(0, 1, 2, 3, 4), "correct"),
  named("group swapped (set resources before set image)", pausedUpdate, order(0, 2, 1, 3, 4), "correct"),
  named(
    "group swapped and the last two fixed steps swapped: 1 pair of 9",
    pausedUpdate,
    order(0, 2, 1, 4, 3),
    "partial",
    8 / 9,
    "first-wrong-position",
  ),
  named("group moved before pause: 2 pairs of 9", pausedUpdate, order(1, 2, 0, 3, 4), "partial", 7 / 9),
  named(
    "one group step moved after resume and status: 2 pairs of 9",
    pausedUpdate,
    order(0, 1, 3, 4, 2),
    "partial",
    7 / 9,
  ),
  named("resume before the (swapped) group: 2 pairs of 9", pausedUpdate, order(0, 3, 2, 1, 4), "partial", 7 / 9),
  named("reversed, group in its stored orientation", pausedUpdate, order(4, 3, 1, 2, 0), "incorrect"),
  named("fully reversed with a group", pausedUpdate, order(4, 3, 2, 1, 0), "incorrect"),
  named("a repeated step with a group", pausedUpdate, order(0, 2, 2, 3, 4), "incorrect", undefined, "invalid-order"),
  named("delete service and delete pvc swapped", cleanup, order(0, 1, 2, 4, 3), "correct"),
  named("a deletion before delete statefulset: 1 pair of 9", cleanup, order(0, 1, 4, 2, 3), "partial", 8 / 9),
  named("delete statefulset after both deletions: 2 pairs of 9", cleanup, order(0, 1, 4, 3, 2), "partial", 7 / 9),
  named("two groups, both swapped", twoGroups, order(0, 2, 1, 4, 3, 5), "correct"),
  named("two groups in each other's place: 4 pairs of 13", twoGroups, order(0, 3, 4, 1, 2, 5), "partial", 9 / 13),
  named(
    "one step of the second group before one of the first: 1 pair of 13",
    twoGroups,
    order(0, 1, 3, 2, 4, 5),
    "partial",
    12 / 13,
  ),
  named("three-step group in another of its 6 orders", bigGroup, order(0, 3, 2, 1, 4), "correct"),
  named("three-step group rotated", bigGroup, order(0, 3, 1, 2, 4), "correct"),
  named("the last step moved to the front: 4 pairs of 7", bigGroup, order(4, 0, 1, 2, 3), "partial", 3 / 7),
  named("the last step inside the group: 1 pair of 7", bigGroup, order(0, 1, 2, 4, 3), "partial", 6 / 7),
  named("reversed with a three-step group", bigGroup, order(4, 3, 2, 1, 0), "incorrect"),
];

const recreate: AnswerKey = { type: "manifest", ...RECREATE_KEY };
const rollingKey: AnswerKey = { type: "manifest", ...ROLLING_KEY };
const surge: AnswerKey = { type: "manifest", ...SURGE_KEY };
const quantity: AnswerKey = { type: "manifest", ...QUANTITY_KEY };
const yaml = (y: string) => ({ yaml: y });
/** A 4-replica Deployment with these maxSurge / maxUnavailable values, as YAML text. */
const atFour = (maxSurge: string, maxUnavailable: string) =>
  yaml(deployment({ replicas: "4", strategy: rolling(maxSurge, maxUnavailable) }));
/** A Deployment whose container has this memory limit and CPU request, as YAML text. */
const sized = (memory: string, cpu: string) => yaml(deployment({ resources: resources(memory, cpu) }));
const asJson = JSON.stringify({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web" },
  spec: {
    replicas: 3,
    selector: { matchLabels: { app: "web" } },
    strategy: { type: "Recreate" },
    template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } },
  },
});

const manifestRows: Row[] = [
  named("every check passes", recreate, yaml(RECREATE_DEPLOYMENT), "correct"),
  named("a comment before the manifest", recreate, yaml(`# my answer\n${RECREATE_DEPLOYMENT}`), "correct"),
  named("a leading document marker", recreate, yaml(`---\n${RECREATE_DEPLOYMENT}`), "correct"),
  named("the manifest written as JSON", recreate, yaml(asJson), "correct"),
  named(
    "wrong replicas: 4 of 5 weight",
    recreate,
    yaml(deployment({ replicas: "2", strategy: RECREATE_STRATEGY })),
    "partial",
    4 / 5,
  ),
  named("strategy missing: 3 of 5 weight", recreate, yaml(deployment()), "partial", 3 / 5, "check-failed"),
  named("RollingUpdate where Recreate is asked", recreate, yaml(ROLLING_DEPLOYMENT), "partial", 2 / 5),
  named(
    "a StatefulSet instead of a Deployment",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("kind: Deployment", "kind: StatefulSet")),
    "incorrect",
    undefined,
    "wrong-kind",
  ),
  named(
    "an old apiVersion",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("apps/v1", "apps/v1beta1")),
    "incorrect",
    undefined,
    "wrong-kind",
  ),
  named(
    "kind in lower case",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("kind: Deployment", "kind: deployment")),
    "incorrect",
    undefined,
    "wrong-kind",
  ),
  named(
    "a key without its colon",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("  strategy:\n", "  strategy\n")),
    "incorrect",
    undefined,
    "yaml-error",
  ),
  named(
    "a tab in the indentation",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("  replicas: 3", "\treplicas: 3")),
    "incorrect",
    undefined,
    "yaml-error",
  ),
  named("an alias bomb", recreate, yaml(ALIAS_BOMB), "incorrect", undefined, "unsafe-yaml"),
  named("a __proto__ key", recreate, yaml(PROTO_KEY_DEPLOYMENT), "incorrect", undefined, "unsafe-yaml"),
  named(
    "a !!binary tag",
    recreate,
    yaml(RECREATE_DEPLOYMENT.replace("app: web\n  strategy", "app: !!binary d2Vi\n  strategy")),
    "incorrect",
    undefined,
    "unsafe-yaml",
  ),
  named(
    "two documents",
    recreate,
    yaml(`${RECREATE_DEPLOYMENT}---\n${RECREATE_DEPLOYMENT}`),
    "incorrect",
    undefined,
    "yaml-error",
  ),
  named("an empty answer", recreate, yaml(""), "incorrect", undefined, "empty-answer"),
  named("a bare word, not a mapping", recreate, yaml("Deployment"), "incorrect", undefined, "not-a-manifest"),
  named(
    "over 64 KiB",
    recreate,
    yaml(`${RECREATE_DEPLOYMENT}#${"x".repeat(64 * 1024)}\n`),
    "incorrect",
    undefined,
    "unsafe-yaml",
  ),
  named(
    "a response of the wrong shape",
    recreate,
    { text: RECREATE_DEPLOYMENT },
    "incorrect",
    undefined,
    "invalid-response",
  ),
  named("strict checks: every value as asked", rollingKey, yaml(ROLLING_DEPLOYMENT), "correct"),
  named(
    'strict checks: a quoted "25%" is the same string',
    rollingKey,
    yaml(ROLLING_DEPLOYMENT.replace("maxSurge: 25%", 'maxSurge: "25%"')),
    "correct",
  ),
  named(
    'strict checks keep maxSurge 1 and "25%" apart',
    rollingKey,
    yaml(ROLLING_DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: 1")),
    "partial",
    2 / 3,
  ),
  named(
    "a misspelt field halves the score",
    rollingKey,
    yaml(TYPO_DEPLOYMENT),
    "partial",
    (2 / 3) * SCHEMA_ERROR_FACTOR,
    "schema-error",
  ),
  named(
    "Recreate where RollingUpdate is asked",
    rollingKey,
    yaml(deployment({ strategy: ROLLING_STRATEGY.replace("type: RollingUpdate", "type: Recreate") })),
    "partial",
    2 / 3,
  ),
  named("no rolling update values at all", rollingKey, yaml(RECREATE_DEPLOYMENT), "incorrect"),
  // compare: surge / unavailable at replicas 4: the Pods a value allows, not how it is written.
  named("surge 1 and unavailable 0 as whole numbers", surge, atFour("1", "0"), "correct"),
  named('surge "25%" of 4 rounds up to 1', surge, atFour('"25%"', "0"), "correct"),
  named("surge 25% unquoted is the same string", surge, atFour("25%", "0"), "correct"),
  named('surge "20%" of 4 (0.8) rounds up to 1', surge, atFour('"20%"', "0"), "correct"),
  named('surge "26%" of 4 (1.04) rounds up to 2', surge, atFour('"26%"', "0"), "partial", 1 / 2),
  named("surge 2 allows two extra Pods", surge, atFour("2", "0"), "partial", 1 / 2),
  named('surge "1" without % is not a valid value', surge, atFour('"1"', "0"), "partial", 1 / 2),
  named('unavailable "10%" of 4 (0.4) rounds down to 0', surge, atFour("1", '"10%"'), "correct"),
  named('unavailable "24%" of 4 (0.96) rounds down to 0', surge, atFour("1", '"24%"'), "correct"),
  named('unavailable "0%" is 0', surge, atFour('"25%"', '"0%"'), "correct"),
  named('unavailable "25%" of 4 is 1 Pod', surge, atFour("1", '"25%"'), "partial", 1 / 2),
  named("both values missing: nothing to compare", surge, yaml(deployment({ replicas: "4" })), "incorrect"),
  // compare: quantity: the amount, exactly, in any unit.
  named("memory and CPU as asked", quantity, sized("512Mi", "250m"), "correct"),
  named("memory in Gi (0.5Gi) and CPU in cores (0.25)", quantity, sized("0.5Gi", '"0.25"'), "correct"),
  named("memory in bytes as a YAML number, CPU as a YAML float", quantity, sized("536870912", "0.25"), "correct"),
  named("memory in Ki (524288Ki)", quantity, sized("524288Ki", "250m"), "correct"),
  named("CPU written with an exponent (25e-2)", quantity, sized("512Mi", "25e-2"), "correct"),
  named("memory in decimal megabytes (512M) is less than 512Mi", quantity, sized("512M", "250m"), "partial", 1 / 2),
  named(
    "memory with a lower-case unit (512mi) is no quantity, and the schema refuses it",
    quantity,
    sized("512mi", "250m"),
    "partial",
    (1 / 2) * SCHEMA_ERROR_FACTOR,
    "schema-error",
  ),
  named("CPU 0.3 is not 250m", quantity, sized("512Mi", "0.3"), "partial", 1 / 2),
];

// The kubectl comparer's own table, run through the same entry point: every type in one table.
// (tests/integration/kubectl-oracle.test.ts feeds each of these commands to the real kubectl.)
const kubectlRows: Row[] = GRADING_ROWS.map((row) => [
  { type: "kubectl", answer: row.expected },
  { text: row.answer },
  row.verdict,
]);

const table: [string, Row[]][] = [
  ["kubectl", kubectlRows],
  ["typed identifier", identifierRows],
  ["typed prose", proseRows],
  ["choice", choiceRows],
  ["truefalse", trueFalseRows],
  ["ordering", orderingRows],
  ["manifest", manifestRows],
];

const describeKey = (key: AnswerKey) =>
  key.type === "typed"
    ? `${key.match ?? "prose"} ${JSON.stringify(key.answer)}`
    : key.type === "manifest"
      ? `${key.kind} checks`
      : key.type;

describe("gradeAnswer verdict table", () => {
  it("has at least 200 rows across every item type, 60 or more of them kubectl commands", () => {
    expect(table.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(200);
    expect(kubectlRows.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(table)("%s", (_, rows) => {
    const title = (row: Row) => row[4]?.behaviour ?? `${describeKey(row[0])} ← ${JSON.stringify(row[1]).slice(0, 60)}`;
    it.each(rows.map((row) => [title(row), row] as const))(
      "%s",
      (_title, [key, response, verdict, score, expected]) => {
        const result = gradeAnswer(key, response);
        expect(result.verdict).toBe(verdict);
        if (score !== undefined || verdict !== "partial")
          expect(result.score).toBeCloseTo(score ?? (verdict === "correct" ? 1 : 0), 10);
        else {
          expect(result.score).toBeGreaterThan(0);
          expect(result.score).toBeLessThan(1);
        }
        if (expected?.code) expect(result.feedback[0]?.code).toBe(expected.code);
      },
    );
  });
});
