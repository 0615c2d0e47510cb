// The compiled schemas of kubernetes-models; each validates one kind (unknown fields are ignored,
// which is why kubernetes-schema.ts probes paths instead of trusting validate() alone).
import { validate as pod } from "kubernetes-models/_schemas/IoK8sApiCoreV1Pod";
import { validate as service } from "kubernetes-models/_schemas/IoK8sApiCoreV1Service";
import { validate as configMap } from "kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap";
import { validate as secret } from "kubernetes-models/_schemas/IoK8sApiCoreV1Secret";
import { validate as namespace } from "kubernetes-models/_schemas/IoK8sApiCoreV1Namespace";
import { validate as persistentVolume } from "kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolume";
import { validate as persistentVolumeClaim } from "kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim";
import { validate as serviceAccount } from "kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount";
import { validate as resourceQuota } from "kubernetes-models/_schemas/IoK8sApiCoreV1ResourceQuota";
import { validate as limitRange } from "kubernetes-models/_schemas/IoK8sApiCoreV1LimitRange";
import { validate as node } from "kubernetes-models/_schemas/IoK8sApiCoreV1Node";
import { validate as endpoints } from "kubernetes-models/_schemas/IoK8sApiCoreV1Endpoints";
import { validate as replicationController } from "kubernetes-models/_schemas/IoK8sApiCoreV1ReplicationController";
import { validate as podTemplate } from "kubernetes-models/_schemas/IoK8sApiCoreV1PodTemplate";
import { validate as binding } from "kubernetes-models/_schemas/IoK8sApiCoreV1Binding";
import { validate as event } from "kubernetes-models/_schemas/IoK8sApiCoreV1Event";
import { validate as deployment } from "kubernetes-models/_schemas/IoK8sApiAppsV1Deployment";
import { validate as replicaSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet";
import { validate as statefulSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet";
import { validate as daemonSet } from "kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet";
import { validate as job } from "kubernetes-models/_schemas/IoK8sApiBatchV1Job";
import { validate as cronJob } from "kubernetes-models/_schemas/IoK8sApiBatchV1CronJob";
import { validate as ingress } from "kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress";
import { validate as ingressClass } from "kubernetes-models/_schemas/IoK8sApiNetworkingV1IngressClass";
import { validate as networkPolicy } from "kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy";
import { validate as role } from "kubernetes-models/_schemas/IoK8sApiRbacV1Role";
import { validate as roleBinding } from "kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding";
import { validate as clusterRole } from "kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole";
import { validate as clusterRoleBinding } from "kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding";
import { validate as storageClass } from "kubernetes-models/_schemas/IoK8sApiStorageV1StorageClass";
import { validate as cSIDriver } from "kubernetes-models/_schemas/IoK8sApiStorageV1CSIDriver";
import { validate as volumeAttachment } from "kubernetes-models/_schemas/IoK8sApiStorageV1VolumeAttachment";
import { validate as horizontalPodAutoscaler } from "kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler";
import { validate as horizontalPodAutoscalerV1 } from "kubernetes-models/_schemas/IoK8sApiAutoscalingV1HorizontalPodAutoscaler";
import { validate as podDisruptionBudget } from "kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget";
import { validate as priorityClass } from "kubernetes-models/_schemas/IoK8sApiSchedulingV1PriorityClass";
import { validate as runtimeClass } from "kubernetes-models/_schemas/IoK8sApiNodeV1RuntimeClass";
import { validate as lease } from "kubernetes-models/_schemas/IoK8sApiCoordinationV1Lease";
import { validate as endpointSlice } from "kubernetes-models/_schemas/IoK8sApiDiscoveryV1EndpointSlice";
import { validate as certificateSigningRequest } from "kubernetes-models/_schemas/IoK8sApiCertificatesV1CertificateSigningRequest";
import { validate as validatingWebhookConfiguration } from "kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration";
import { validate as mutatingWebhookConfiguration } from "kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration";
import { validate as customResourceDefinition } from "kubernetes-models/_schemas/IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition";

/** An ajv error as produced by the compiled kubernetes-models schemas. */
export type SchemaError = { instancePath: string; keyword: string; params: Record<string, unknown> };
/** A compiled schema validator; errors of the last call are left on the function (ajv convention). */
export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };
export type KindSchema = { apiVersion: string; kind: string; validate: SchemaValidator };

/**
 * Kinds a deck may use (CKA/CKAD scope). The first entry of a kind is its preferred version, used
 * when a `fields` entry names only the kind. Gateway API kinds are not in kubernetes-models.
 */
const KINDS: KindSchema[] = ([
  ["v1", "Pod", pod],
  ["v1", "Service", service],
  ["v1", "ConfigMap", configMap],
  ["v1", "Secret", secret],
  ["v1", "Namespace", namespace],
  ["v1", "PersistentVolume", persistentVolume],
  ["v1", "PersistentVolumeClaim", persistentVolumeClaim],
  ["v1", "ServiceAccount", serviceAccount],
  ["v1", "ResourceQuota", resourceQuota],
  ["v1", "LimitRange", limitRange],
  ["v1", "Node", node],
  ["v1", "Endpoints", endpoints],
  ["v1", "ReplicationController", replicationController],
  ["v1", "PodTemplate", podTemplate],
  ["v1", "Binding", binding],
  ["v1", "Event", event],
  ["apps/v1", "Deployment", deployment],
  ["apps/v1", "ReplicaSet", replicaSet],
  ["apps/v1", "StatefulSet", statefulSet],
  ["apps/v1", "DaemonSet", daemonSet],
  ["batch/v1", "Job", job],
  ["batch/v1", "CronJob", cronJob],
  ["networking.k8s.io/v1", "Ingress", ingress],
  ["networking.k8s.io/v1", "IngressClass", ingressClass],
  ["networking.k8s.io/v1", "NetworkPolicy", networkPolicy],
  ["rbac.authorization.k8s.io/v1", "Role", role],
  ["rbac.authorization.k8s.io/v1", "RoleBinding", roleBinding],
  ["rbac.authorization.k8s.io/v1", "ClusterRole", clusterRole],
  ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding", clusterRoleBinding],
  ["storage.k8s.io/v1", "StorageClass", storageClass],
  ["storage.k8s.io/v1", "CSIDriver", cSIDriver],
  ["storage.k8s.io/v1", "VolumeAttachment", volumeAttachment],
  ["autoscaling/v2", "HorizontalPodAutoscaler", horizontalPodAutoscaler],
  ["autoscaling/v1", "HorizontalPodAutoscaler", horizontalPodAutoscalerV1],
  ["policy/v1", "PodDisruptionBudget", podDisruptionBudget],
  ["scheduling.k8s.io/v1", "PriorityClass", priorityClass],
  ["node.k8s.io/v1", "RuntimeClass", runtimeClass],
  ["coordination.k8s.io/v1", "Lease", lease],
  ["discovery.k8s.io/v1", "EndpointSlice", endpointSlice],
  ["certificates.k8s.io/v1", "CertificateSigningRequest", certificateSigningRequest],
  ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", validatingWebhookConfiguration],
  ["admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", mutatingWebhookConfiguration],
  ["apiextensions.k8s.io/v1", "CustomResourceDefinition", customResourceDefinition],
] as [string, string, SchemaValidator][]).map(([apiVersion, kind, validate]) => ({ apiVersion, kind, validate }));

/** The schema of `kind` at `apiVersion`, or at its preferred version when apiVersion is omitted. */
export function findKindSchema(kind: string, apiVersion?: string): KindSchema | null {
  return KINDS.find((k) => k.kind === kind && (apiVersion === undefined || k.apiVersion === apiVersion)) ?? null;
}

/** Every supported `apiVersion kind` pair, for error messages and docs. */
export function supportedKinds(): { apiVersion: string; kind: string }[] {
  return KINDS.map(({ apiVersion, kind }) => ({ apiVersion, kind }));
}
