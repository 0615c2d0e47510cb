import { command, type CommandSpec } from "./kubectl-command-spec";
import { CREATE_FLAGS as CREATE, FILE_FLAGS, PRINT_FLAGS, RECORD_FLAG } from "./kubectl-flag-spec";

/** `kubectl create <object> NAME` generators: exactly one NAME of the implied resource. */
function generator(path: string, resource: string, flags: string, required?: string[]): CommandSpec {
  return command(path, "name", [CREATE, flags], { resource, minOperands: 1, maxOperands: 1, required });
}

const FROM_SOURCES = "append-hash from-env-file=* from-file=* from-literal=*";
const BINDING = "group=* serviceaccount=* user=*";
const RULES = "resource=* resource-name=* verb=*";

/** `kubectl create` (from files) and its subcommands, from `kubectl create <sub> --help` (v1.32). */
export const CREATE_COMMANDS: CommandSpec[] = [
  command("create", "none", [CREATE, `edit ${FILE_FLAGS} raw= l:selector= windows-line-endings ${RECORD_FLAG}`], {
    needsTarget: true,
  }),
  generator("create deployment", "deployments.apps", "image=* port=# r:replicas=#", ["image"]),
  generator("create service clusterip", "services", "clusterip= tcp=*"),
  generator("create service nodeport", "services", "node-port=# tcp=*"),
  generator("create service loadbalancer", "services", "tcp=*"),
  generator("create service externalname", "services", "external-name= tcp=*", ["external-name"]),
  generator("create configmap", "configmaps", FROM_SOURCES),
  generator("create secret generic", "secrets", `${FROM_SOURCES} type=`),
  generator("create secret tls", "secrets", "append-hash cert= key="),
  generator(
    "create secret docker-registry",
    "secrets",
    "append-hash docker-email= docker-password= docker-server= docker-username= from-file=*",
  ),
  generator("create job", "jobs.batch", "from= image="),
  generator("create cronjob", "cronjobs.batch", "image= restart= schedule=", ["image", "schedule"]),
  generator("create namespace", "namespaces", ""),
  generator("create serviceaccount", "serviceaccounts", ""),
  generator("create role", "roles.rbac.authorization.k8s.io", RULES),
  generator("create rolebinding", "rolebindings.rbac.authorization.k8s.io", `clusterrole= role= ${BINDING}`),
  generator(
    "create clusterrole",
    "clusterroles.rbac.authorization.k8s.io",
    `aggregation-rule= non-resource-url=* ${RULES}`,
  ),
  generator("create clusterrolebinding", "clusterrolebindings.rbac.authorization.k8s.io", `clusterrole= ${BINDING}`, [
    "clusterrole",
  ]),
  generator("create quota", "resourcequotas", "hard= scopes="),
  generator("create ingress", "ingresses.networking.k8s.io", "annotation=* class= default-backend= rule=*"),
  generator("create poddisruptionbudget", "poddisruptionbudgets.policy", "max-unavailable= min-available= selector="),
  generator(
    "create priorityclass",
    "priorityclasses.scheduling.k8s.io",
    "description= global-default preemption-policy= value=#",
  ),
  // `create token SA` names the service account whose token is requested; it is not a generator.
  command(
    "create token",
    "name",
    [`${PRINT_FLAGS} audience=* bound-object-kind= bound-object-name= bound-object-uid= duration=`],
    { resource: "serviceaccounts", minOperands: 1, maxOperands: 1 },
  ),
];
