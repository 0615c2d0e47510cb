/**
 * Built-in resource types of Kubernetes 1.32 as `kubectl api-resources` lists them (name,
 * short names, API group, namespaced, kind). kubectl resolves a TYPE argument against this list
 * case-insensitively by plural, singular (the lower-cased kind), or short name, optionally
 * qualified as `plural.group` or `plural.version.group` (`deployments.apps`, `deployments.v1.apps`).
 */
export type ResourceType = {
  kind: string;
  plural: string;
  /** `""` for the core group. */
  group: string;
  shortNames: string[];
  namespaced: boolean;
};

const ns = true;
const cluster = false;

function r(kind: string, plural: string, group: string, shortNames: string[], namespaced: boolean): ResourceType {
  return { kind, plural, group, shortNames, namespaced };
}

export const KUBECTL_RESOURCES: readonly ResourceType[] = [
  r("Binding", "bindings", "", [], ns),
  r("ComponentStatus", "componentstatuses", "", ["cs"], cluster),
  r("ConfigMap", "configmaps", "", ["cm"], ns),
  r("Endpoints", "endpoints", "", ["ep"], ns),
  r("Event", "events", "", ["ev"], ns),
  r("LimitRange", "limitranges", "", ["limits"], ns),
  r("Namespace", "namespaces", "", ["ns"], cluster),
  r("Node", "nodes", "", ["no"], cluster),
  r("PersistentVolumeClaim", "persistentvolumeclaims", "", ["pvc"], ns),
  r("PersistentVolume", "persistentvolumes", "", ["pv"], cluster),
  r("Pod", "pods", "", ["po"], ns),
  r("PodTemplate", "podtemplates", "", [], ns),
  r("ReplicationController", "replicationcontrollers", "", ["rc"], ns),
  r("ResourceQuota", "resourcequotas", "", ["quota"], ns),
  r("Secret", "secrets", "", [], ns),
  r("ServiceAccount", "serviceaccounts", "", ["sa"], ns),
  r("Service", "services", "", ["svc"], ns),
  r("MutatingWebhookConfiguration", "mutatingwebhookconfigurations", "admissionregistration.k8s.io", [], cluster),
  r("ValidatingWebhookConfiguration", "validatingwebhookconfigurations", "admissionregistration.k8s.io", [], cluster),
  r("ValidatingAdmissionPolicy", "validatingadmissionpolicies", "admissionregistration.k8s.io", [], cluster),
  r(
    "ValidatingAdmissionPolicyBinding",
    "validatingadmissionpolicybindings",
    "admissionregistration.k8s.io",
    [],
    cluster,
  ),
  r("CustomResourceDefinition", "customresourcedefinitions", "apiextensions.k8s.io", ["crd", "crds"], cluster),
  r("APIService", "apiservices", "apiregistration.k8s.io", [], cluster),
  r("ControllerRevision", "controllerrevisions", "apps", [], ns),
  r("DaemonSet", "daemonsets", "apps", ["ds"], ns),
  r("Deployment", "deployments", "apps", ["deploy"], ns),
  r("ReplicaSet", "replicasets", "apps", ["rs"], ns),
  r("StatefulSet", "statefulsets", "apps", ["sts"], ns),
  r("SelfSubjectReview", "selfsubjectreviews", "authentication.k8s.io", [], cluster),
  r("TokenReview", "tokenreviews", "authentication.k8s.io", [], cluster),
  r("LocalSubjectAccessReview", "localsubjectaccessreviews", "authorization.k8s.io", [], ns),
  r("SelfSubjectAccessReview", "selfsubjectaccessreviews", "authorization.k8s.io", [], cluster),
  r("SelfSubjectRulesReview", "selfsubjectrulesreviews", "authorization.k8s.io", [], cluster),
  r("SubjectAccessReview", "subjectaccessreviews", "authorization.k8s.io", [], cluster),
  r("HorizontalPodAutoscaler", "horizontalpodautoscalers", "autoscaling", ["hpa"], ns),
  r("CronJob", "cronjobs", "batch", ["cj"], ns),
  r("Job", "jobs", "batch", [], ns),
  r("CertificateSigningRequest", "certificatesigningrequests", "certificates.k8s.io", ["csr"], cluster),
  r("Lease", "leases", "coordination.k8s.io", [], ns),
  r("EndpointSlice", "endpointslices", "discovery.k8s.io", [], ns),
  // Same plural and short name as core events: bare `events`/`ev` resolve to the core kind.
  r("Event", "events", "events.k8s.io", ["ev"], ns),
  r("FlowSchema", "flowschemas", "flowcontrol.apiserver.k8s.io", [], cluster),
  r("PriorityLevelConfiguration", "prioritylevelconfigurations", "flowcontrol.apiserver.k8s.io", [], cluster),
  r("IngressClass", "ingressclasses", "networking.k8s.io", [], cluster),
  r("Ingress", "ingresses", "networking.k8s.io", ["ing"], ns),
  r("NetworkPolicy", "networkpolicies", "networking.k8s.io", ["netpol"], ns),
  r("RuntimeClass", "runtimeclasses", "node.k8s.io", [], cluster),
  r("PodDisruptionBudget", "poddisruptionbudgets", "policy", ["pdb"], ns),
  r("ClusterRoleBinding", "clusterrolebindings", "rbac.authorization.k8s.io", [], cluster),
  r("ClusterRole", "clusterroles", "rbac.authorization.k8s.io", [], cluster),
  r("RoleBinding", "rolebindings", "rbac.authorization.k8s.io", [], ns),
  r("Role", "roles", "rbac.authorization.k8s.io", [], ns),
  r("PriorityClass", "priorityclasses", "scheduling.k8s.io", ["pc"], cluster),
  r("CSIDriver", "csidrivers", "storage.k8s.io", [], cluster),
  r("CSINode", "csinodes", "storage.k8s.io", [], cluster),
  r("CSIStorageCapacity", "csistoragecapacities", "storage.k8s.io", [], ns),
  r("StorageClass", "storageclasses", "storage.k8s.io", ["sc"], cluster),
  r("VolumeAttachment", "volumeattachments", "storage.k8s.io", [], cluster),
];

const VERSION = /^v\d+((alpha|beta)\d+)?$/;

/** Canonical id of a resource type: `plural.group`, or the plural alone for the core group. */
export function resourceId(type: ResourceType): string {
  return type.group === "" ? type.plural : `${type.plural}.${type.group}`;
}

function matchesName(type: ResourceType, name: string): boolean {
  return name === type.plural || name === type.kind.toLowerCase() || type.shortNames.includes(name);
}

/**
 * Resolves a TYPE argument (`rs`, `Deployments`, `deployments.apps`, `deployment.v1.apps`) to a
 * resource type, or null when kubectl would not know it (e.g. the typo `deployemnt`).
 */
export function findResourceType(argument: string): ResourceType | null {
  const text = argument.toLowerCase();
  const dot = text.indexOf(".");
  if (dot === -1) return KUBECTL_RESOURCES.find((type) => matchesName(type, text)) ?? null;
  const name = text.slice(0, dot);
  let group = text.slice(dot + 1);
  const groupDot = group.indexOf(".");
  const version = groupDot === -1 ? group : group.slice(0, groupDot);
  // `pods.v1` names the core group by version alone; `deployments.v1.apps` puts it before the group.
  if (VERSION.test(version)) group = groupDot === -1 ? "" : group.slice(groupDot + 1);
  return KUBECTL_RESOURCES.find((type) => type.group === group && matchesName(type, name)) ?? null;
}
