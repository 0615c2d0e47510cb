/** Deployment manifests shared by the manifest grading tests. */

const head = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`;

const template = `  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

/**
 * Builds a Deployment whose `spec.strategy` block (indented under `spec:`) is `strategy` and whose
 * container has `resources` (a block indented under the container) when given.
 */
export function deployment({ replicas = "3", strategy = "", resources = "" } = {}): string {
  return `${head}spec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: web\n${strategy}${template}${resources}`;
}

/** A rolling strategy block with these maxSurge / maxUnavailable values, as written in YAML. */
export function rolling(maxSurge: string, maxUnavailable: string): string {
  return `  strategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxSurge: ${maxSurge}\n      maxUnavailable: ${maxUnavailable}\n`;
}

/** A container resources block with this memory limit and CPU request, as written in YAML. */
export function resources(memory: string, cpu: string): string {
  return `          resources:\n            limits:\n              memory: ${memory}\n            requests:\n              cpu: ${cpu}\n`;
}

export const RECREATE_STRATEGY = "  strategy:\n    type: Recreate\n";
export const ROLLING_STRATEGY = `  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
`;

export const RECREATE_DEPLOYMENT = deployment({ strategy: RECREATE_STRATEGY });
export const ROLLING_DEPLOYMENT = deployment({ strategy: ROLLING_STRATEGY });
/** `maxUnavaiable`: the typo the schema must catch as an unknown field. */
export const TYPO_DEPLOYMENT = deployment({ strategy: ROLLING_STRATEGY.replace("maxUnavailable", "maxUnavaiable") });

export const RECREATE_KEY = {
  kind: "Deployment",
  apiVersion: "apps/v1",
  checks: [
    { path: "spec.strategy.type", equals: "Recreate", weight: 2 },
    { path: "spec.strategy.rollingUpdate", absent: true },
    { path: "spec.replicas", equals: 3 },
    { path: "spec.template.spec.containers.0.image", exists: true },
  ],
};

export const ROLLING_KEY = {
  kind: "Deployment",
  apiVersion: "apps/v1",
  checks: [
    { path: "spec.strategy.type", equals: "RollingUpdate" },
    { path: "spec.strategy.rollingUpdate.maxSurge", equals: "25%" },
    { path: "spec.strategy.rollingUpdate.maxUnavailable", equals: 0 },
  ],
};

/** One extra Pod and none unavailable at 4 replicas, however the learner writes it (1, "25%", "20%"…). */
export const SURGE_KEY = {
  kind: "Deployment",
  apiVersion: "apps/v1",
  checks: [
    { path: "spec.strategy.rollingUpdate.maxSurge", equals: 1, compare: "surge" as const, replicas: 4 },
    { path: "spec.strategy.rollingUpdate.maxUnavailable", equals: 0, compare: "unavailable" as const, replicas: 4 },
  ],
};

/** A 512Mi memory limit and a 250m CPU request, in any unit that means the same amount. */
export const QUANTITY_KEY = {
  kind: "Deployment",
  apiVersion: "apps/v1",
  checks: [
    { path: "spec.template.spec.containers.0.resources.limits.memory", equals: "512Mi", compare: "quantity" as const },
    { path: "spec.template.spec.containers.0.resources.requests.cpu", equals: "250m", compare: "quantity" as const },
  ],
};

/** The "billion laughs" shape: each alias expands the previous level nine times. */
export const ALIAS_BOMB = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]
`;

export const PROTO_KEY_DEPLOYMENT = RECREATE_DEPLOYMENT.replace(
  "metadata:\n  name: web\n",
  "metadata:\n  name: web\n  __proto__:\n    polluted: true\n",
);
