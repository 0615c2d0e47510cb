/** Model answers that several groups of the kubectl verdict table grade against. */
export const SCALE = "kubectl scale rs frontend --replicas=5";
export const SCALE_FILE = "kubectl scale --replicas=5 -f sample-replicaset.yaml";
export const SCALE_NS = "kubectl scale rs frontend --replicas=5 -n shop";
export const UNDO = "kubectl rollout undo deployment web --to-revision=2";
export const CREATE_DEPLOY = "kubectl create deployment web --image=nginx:1.25 --replicas=3";
export const SET_IMAGE = "kubectl set image deployment/web nginx=nginx:1.25";
export const RUN_YAML = "kubectl run nginx --image=nginx --restart=Never --dry-run=client -o yaml";
