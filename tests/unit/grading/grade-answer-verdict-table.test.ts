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
  RECREATE_DEPLOYMENT,
  RECREATE_KEY,
  RECREATE_STRATEGY,
  ROLLING_DEPLOYMENT,
  ROLLING_KEY,
  ROLLING_STRATEGY,
  TYPO_DEPLOYMENT,
} from "./manifest-fixtures";

/** [key, response, verdict, score?]; score defaults to 1 for correct and 0 for incorrect. */
type Row = [AnswerKey, unknown, Verdict, number?];

const id = (answer: string, accept?: string[]): AnswerKey => ({ type: "typed", answer, accept, match: "identifier" });
const prose = (answer: string, accept?: string[]): AnswerKey => ({ type: "typed", answer, accept });
const text = (t: string) => ({ text: t });

function typedRows(key: AnswerKey, cases: [string, Verdict, number?][]): Row[] {
  return cases.map(([response, verdict, score]) => [key, text(response), verdict, score]);
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
    ["OrderedRaedy", "incorrect"],
    ["Parallel", "incorrect"],
    ["", "incorrect"],
    ["   ", "incorrect"],
  ]),
  ...typedRows(id("Parallel"), [
    ["Parallel", "correct"],
    ["Ｐａｒａｌｌｅｌ", "correct"],
    ["parallel", "incorrect"],
    ["Paralel", "incorrect"],
    ["OrderedReady", "incorrect"],
  ]),
  ...typedRows(id("ClusterFirst"), [
    ["ClusterFirst", "correct"],
    ["`ClusterFirst`", "correct"],
    ["clusterfirst", "incorrect"],
    ["Cluster First", "incorrect"],
    ["ClusterFirstWithHostNet", "incorrect"],
    ["Default", "incorrect"],
  ]),
  ...typedRows(id("ClusterFirstWithHostNet"), [
    ["ClusterFirstWithHostNet", "correct"],
    ["ＣｌｕｓｔｅｒＦｉｒｓｔＷｉｔｈＨｏｓｔＮｅｔ", "correct"],
    ["ClusterFirst", "incorrect"],
    ["clusterFirstWithHostNet", "incorrect"],
    ["ClusterFirstWithHostnet", "incorrect"],
  ]),
  ...typedRows(id("Recreate"), [
    ["Recreate", "correct"],
    ["Ｒｅｃｒｅａｔｅ", "correct"],
    ["recreate", "incorrect"],
    ["Recraete", "incorrect"],
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

const orderingRows: Row[] = [
  [four, order(0, 1, 2, 3), "correct"],
  [four, order(1, 0, 2, 3), "partial", 5 / 6],
  [four, order(0, 1, 3, 2), "partial", 5 / 6],
  [four, order(0, 2, 1, 3), "partial", 5 / 6],
  [four, order(2, 0, 1, 3), "partial", 4 / 6],
  [four, order(1, 2, 3, 0), "partial", 3 / 6],
  [four, order(3, 0, 1, 2), "partial", 3 / 6],
  [four, order(3, 2, 1, 0), "incorrect"],
  [four, order(0, 1, 2), "incorrect"],
  [four, order(0, 1, 2, 2), "incorrect"],
  [four, order(0, 1, 2, 4), "incorrect"],
  [four, order(), "incorrect"],
  [four, { order: ["0", "1", "2", "3"] }, "incorrect"],
  [three, order(0, 1, 2), "correct"],
  [three, order(2, 1, 0), "incorrect"],
  [three, order(1, 0, 2), "partial", 2 / 3],
  [three, order(0, 2, 1), "partial", 2 / 3],
  [three, order(1, 2, 0), "partial", 1 / 3],
  [three, order(2, 0, 1), "partial", 1 / 3],
  [eight, order(0, 1, 2, 3, 4, 5, 6, 7), "correct"],
  [eight, order(0, 1, 2, 3, 4, 5, 7, 6), "partial", 27 / 28],
  [eight, order(1, 2, 3, 4, 5, 6, 7, 0), "partial", 21 / 28],
  [eight, order(7, 6, 5, 4, 3, 2, 1, 0), "incorrect"],
];

const recreate: AnswerKey = { type: "manifest", ...RECREATE_KEY };
const rolling: AnswerKey = { type: "manifest", ...ROLLING_KEY };
const yaml = (y: string) => ({ yaml: y });
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
  [recreate, yaml(RECREATE_DEPLOYMENT), "correct"],
  [recreate, yaml(`# my answer\n${RECREATE_DEPLOYMENT}`), "correct"],
  [recreate, yaml(`---\n${RECREATE_DEPLOYMENT}`), "correct"],
  [recreate, yaml(asJson), "correct"],
  [recreate, yaml(deployment({ replicas: "2", strategy: RECREATE_STRATEGY })), "partial", 4 / 5],
  [recreate, yaml(deployment()), "partial", 3 / 5],
  [recreate, yaml(ROLLING_DEPLOYMENT), "partial", 2 / 5],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("kind: Deployment", "kind: StatefulSet")), "incorrect"],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("apps/v1", "apps/v1beta1")), "incorrect"],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("kind: Deployment", "kind: deployment")), "incorrect"],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("  strategy:\n", "  strategy\n")), "incorrect"],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("  replicas: 3", "\treplicas: 3")), "incorrect"],
  [recreate, yaml(ALIAS_BOMB), "incorrect"],
  [recreate, yaml(PROTO_KEY_DEPLOYMENT), "incorrect"],
  [recreate, yaml(RECREATE_DEPLOYMENT.replace("app: web\n  strategy", "app: !!binary d2Vi\n  strategy")), "incorrect"],
  [recreate, yaml(`${RECREATE_DEPLOYMENT}---\n${RECREATE_DEPLOYMENT}`), "incorrect"],
  [recreate, yaml(""), "incorrect"],
  [recreate, yaml("Deployment"), "incorrect"],
  [recreate, yaml(`${RECREATE_DEPLOYMENT}#${"x".repeat(64 * 1024)}\n`), "incorrect"],
  [recreate, { text: RECREATE_DEPLOYMENT }, "incorrect"],
  [rolling, yaml(ROLLING_DEPLOYMENT), "correct"],
  [rolling, yaml(ROLLING_DEPLOYMENT.replace("maxSurge: 25%", 'maxSurge: "25%"')), "correct"],
  [rolling, yaml(ROLLING_DEPLOYMENT.replace("maxSurge: 25%", "maxSurge: 1")), "partial", 2 / 3],
  [rolling, yaml(TYPO_DEPLOYMENT), "partial", (2 / 3) * SCHEMA_ERROR_FACTOR],
  [rolling, yaml(deployment({ strategy: ROLLING_STRATEGY.replace("type: RollingUpdate", "type: Recreate") })), "partial", 2 / 3],
  [rolling, yaml(RECREATE_DEPLOYMENT), "incorrect"],
];

// The kubectl comparer's own table, run through the same entry point: every type in one table.
// (tests/integration/kubectl-oracle.test.ts feeds each of these commands to the real kubectl.)
const kubectlRows: Row[] = GRADING_ROWS.map((row) => [{ type: "kubectl", answer: row.expected }, { text: row.answer }, row.verdict]);

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
  key.type === "typed" ? `${key.match ?? "prose"} ${JSON.stringify(key.answer)}` : key.type === "manifest" ? `${key.kind} checks` : key.type;

describe("gradeAnswer verdict table", () => {
  it("has at least 200 rows across every item type, 60 or more of them kubectl commands", () => {
    expect(table.reduce((n, [, rows]) => n + rows.length, 0)).toBeGreaterThanOrEqual(200);
    expect(kubectlRows.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(table)("%s", (_, rows) => {
    it.each(rows.map((row) => [describeKey(row[0]), JSON.stringify(row[1]).slice(0, 60), ...row] as const))(
      "%s ← %s",
      (_k, _r, key, response, verdict, score) => {
        const result = gradeAnswer(key, response);
        expect(result.verdict).toBe(verdict);
        if (score !== undefined || verdict !== "partial") expect(result.score).toBeCloseTo(score ?? (verdict === "correct" ? 1 : 0), 10);
        else {
          expect(result.score).toBeGreaterThan(0);
          expect(result.score).toBeLessThan(1);
        }
      },
    );
  });
});
