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

/** Builds a Deployment whose `spec.strategy` block (indented under `spec:`) is `strategy`. */
export function deployment({ replicas = "3", strategy = "" } = {}): string {
  return `${head}spec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app: web\n${strategy}${template}`;
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

export const PROTO_KEY_DEPLOYMENT = RECREATE_DEPLOYMENT.replace("metadata:\n  name: web\n", "metadata:\n  name: web\n  __proto__:\n    polluted: true\n");
