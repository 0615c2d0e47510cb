import type { Verdict } from "@/lib/core/grading/grade-result";

/**
 * (expected, answer, verdict) rows for the kubectl comparer, drawn from the workload notes and
 * their review (typos such as `deployemnt`, the file-name-as-name mistake, the broken `sed`),
 * plus spelling variants a CKA/CKAD candidate writes. `codes` is the exact set of feedback codes
 * when given. `kubectlRejects` marks answers the real kubectl also rejects without a cluster; the
 * oracle test (tests/integration/kubectl-oracle.test.ts) checks those, and that kubectl accepts
 * every command our parser accepts.
 */
export type GradingRow = {
  expected: string;
  answer: string;
  verdict: Verdict;
  codes?: string[];
  kubectlRejects?: boolean;
};

const SCALE = "kubectl scale rs frontend --replicas=5";
const SCALE_FILE = "kubectl scale --replicas=5 -f sample-replicaset.yaml";
const SCALE_NS = "kubectl scale rs frontend --replicas=5 -n shop";
const SED = "sed -e 's|replicas: 3|replicas: 5|' sample-replicaset.yaml | kubectl apply -f -";
const HISTORY = "kubectl rollout history deployment web --revision=1";
const UNDO = "kubectl rollout undo deployment web --to-revision=2";
const CREATE_DEPLOY = "kubectl create deployment web --image=nginx:1.25 --replicas=3";
const SET_IMAGE = "kubectl set image deployment/web nginx=nginx:1.25";
const RUN_YAML = "kubectl run nginx --image=nginx --restart=Never --dry-run=client -o yaml";

export const GRADING_ROWS: GradingRow[] = [
  // ReplicaSet scaling (notes L33 and its corrections)
  { expected: SCALE, answer: "kubectl scale rs frontend --replicas 5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale replicaset frontend --replicas=5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale replicasets frontend --replicas=5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale replicasets.apps frontend --replicas=5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale rs/frontend --replicas=5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale --replicas=5 rs/frontend", verdict: "correct" },
  { expected: SCALE, answer: "k scale rs frontend --replicas=5", verdict: "correct" },
  { expected: SCALE, answer: "kubectl scale rs sample.replicaset.yaml --replicas 5", verdict: "partial", codes: ["wrong-name"] },
  { expected: SCALE, answer: "kubectl scale rs Frontend --replicas=5", verdict: "partial", codes: ["wrong-name"] },
  { expected: SCALE, answer: "kubectl scale rs frontend --replicas=3", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: SCALE, answer: "kubectl scale rs frontend --replicas=5 --record", verdict: "partial", codes: ["unexpected-flag"] },
  { expected: SCALE, answer: "kubectl scale rs frontend --replicas=5 --current-replicas=3", verdict: "partial", codes: ["unexpected-flag"] },
  { expected: SCALE, answer: "kubectl -n default scale rs frontend --replicas=5", verdict: "partial", codes: ["wrong-namespace"] },
  { expected: SCALE, answer: "kubectl scale deploy frontend --replicas=5", verdict: "incorrect", codes: ["wrong-kind"] },
  { expected: SCALE, answer: SCALE_FILE, verdict: "incorrect", codes: ["wrong-kind"] },
  { expected: SCALE, answer: "kubectl apply -f rs.yaml", verdict: "incorrect", codes: ["wrong-verb"] },
  { expected: SCALE, answer: "kubectl scale rs frontend --replica=5", verdict: "incorrect", codes: ["parse-error", "unknown-flag"], kubectlRejects: true },
  { expected: SCALE, answer: "kubectl scale rs frontend", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: SCALE, answer: "kubectl scale rs frontend --replicas=five", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: SCALE, answer: "kubectl scale --replicas=5", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: SCALE_FILE, answer: "kubectl scale -f sample-replicaset.yaml --replicas 5", verdict: "correct" },
  { expected: SCALE_FILE, answer: "kubectl scale --replicas=5 --filename=sample-replicaset.yaml", verdict: "correct" },
  { expected: SCALE_FILE, answer: "kubectl scale --replicas=5 -f sample.replicaset.yaml", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: SCALE_NS, answer: "kubectl -n shop scale rs frontend --replicas=5", verdict: "correct" },
  { expected: SCALE_NS, answer: "kubectl --namespace=shop scale rs frontend --replicas=5", verdict: "correct" },
  { expected: SCALE_NS, answer: "kubectl scale rs frontend --replicas=5 --namespace shop", verdict: "correct" },
  { expected: SCALE_NS, answer: "kubectl scale rs frontend --replicas=5 -nshop", verdict: "correct" },
  { expected: SCALE_NS, answer: "kubectl scale rs frontend --replicas=5 -n Shop", verdict: "partial", codes: ["wrong-namespace"] },
  { expected: SCALE_NS, answer: SCALE, verdict: "partial", codes: ["wrong-namespace"] },
  // Scaling by editing the manifest (notes L32, corrected)
  { expected: SED, answer: `sed -e "s|replicas: 3|replicas: 5|" sample-replicaset.yaml | kubectl apply -f -`, verdict: "correct" },
  { expected: SED, answer: "sed 's/replicas: 3/replicas: 5/' sample-replicaset.yaml | kubectl apply -f -", verdict: "correct" },
  { expected: SED, answer: "sed -e s\\|replicas:\\ 3\\|replicas:\\ 5\\| sample-replicaset.yaml | kubectl apply -f -", verdict: "correct" },
  { expected: SED, answer: "sed --expression='s|replicas: 3|replicas: 5|' sample-replicaset.yaml | kubectl apply --filename=-", verdict: "correct" },
  { expected: SED, answer: "sed -e s|replicas: 3|replicas: 5 sampel.replicaset.yaml | kubectl apply -f -", verdict: "incorrect", codes: ["parse-error"] },
  { expected: SED, answer: "sed -e 's|replicas: 3|replicas: 5|' sampel.replicaset.yaml | kubectl apply -f -", verdict: "partial", codes: ["wrong-pipeline"] },
  { expected: SED, answer: "sed -e 's|replicas: 3|replicas: 4|' sample-replicaset.yaml | kubectl apply -f -", verdict: "partial", codes: ["wrong-pipeline"] },
  { expected: SED, answer: "sed -i -e 's|replicas: 3|replicas: 5|' sample-replicaset.yaml | kubectl apply -f -", verdict: "partial", codes: ["wrong-pipeline"] },
  { expected: SED, answer: "kubectl apply -f sample-replicaset.yaml", verdict: "partial", codes: ["wrong-pipeline", "wrong-flag-value"] },
  { expected: SED, answer: `${SED} --dry-run=server`, verdict: "partial", codes: ["unexpected-flag"] },
  { expected: SED, answer: "sed -e 's|replicas: 3|replicas: 5|' sample-replicaset.yaml | kubectl create -f -", verdict: "incorrect", codes: ["wrong-verb"] },
  { expected: SED, answer: "sed -e 's|replicas: 3|replicas: 5|' sample-replicaset.yaml > rs.yaml", verdict: "incorrect", codes: ["parse-error"] },
  // Applying a manifest
  { expected: "kubectl apply -f rs.yaml", answer: "cat rs.yaml | kubectl apply -f -", verdict: "correct" },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl apply --filename rs.yaml", verdict: "correct" },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl apply -f rs.yaml --dry-run=none", verdict: "correct" },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl apply -f rs.yaml --validate=true", verdict: "correct" },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl apply -f RS.yaml", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl create -f rs.yaml", verdict: "incorrect", codes: ["wrong-verb"] },
  { expected: "kubectl apply -f rs.yaml", answer: "kubectl apply rs.yaml", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  // Deployment rollouts (notes L39–L43)
  { expected: HISTORY, answer: "kubectl rollout history deployment web --revision 1", verdict: "correct" },
  { expected: HISTORY, answer: "kubectl rollout history deploy/web --revision=1", verdict: "correct" },
  { expected: HISTORY, answer: "kubectl rollout history deployments.apps web --revision=1", verdict: "correct" },
  { expected: HISTORY, answer: "kubectl rollout history deployment web", verdict: "partial", codes: ["missing-flag"] },
  { expected: HISTORY, answer: "kubectl rollout undo deployment web --to-revision=1", verdict: "incorrect", codes: ["wrong-subcommand"] },
  { expected: UNDO, answer: "kubectl rollout undo deployemnt web --to-revision 2", verdict: "incorrect", codes: ["parse-error"] },
  { expected: UNDO, answer: "kubectl rollout undo deploy web --to-revision=2", verdict: "correct" },
  { expected: UNDO, answer: "kubectl rollout undo deployment/web --to-revision=2", verdict: "correct" },
  { expected: UNDO, answer: "kubectl rollout undo deployment web", verdict: "partial", codes: ["missing-flag"] },
  { expected: UNDO, answer: "kubectl rollout undo deployment web --to-revision=3", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: UNDO, answer: "kubectl rollout undo deployment web --revision=2", verdict: "incorrect", codes: ["parse-error", "unknown-flag"], kubectlRejects: true },
  { expected: UNDO, answer: "kubectl rollout undo sts web --to-revision=2", verdict: "incorrect", codes: ["wrong-kind"] },
  { expected: UNDO, answer: "kubectl rollback deployment web --to-revision=2", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: "kubectl rollout pause deployment web", answer: "kubectl rollout pause deploy/web", verdict: "correct" },
  { expected: "kubectl rollout pause deployment web", answer: "kubectl rollout resume deployment web", verdict: "incorrect", codes: ["wrong-subcommand"] },
  { expected: "kubectl rollout resume deployment web", answer: "kubectl rollout resume deployment WEB", verdict: "partial", codes: ["wrong-name"] },
  { expected: "kubectl rollout status deployment web", answer: "kubectl rollout status deploy web -w", verdict: "correct" },
  { expected: "kubectl rollout restart deployment web -n shop", answer: "kubectl -n shop rollout restart deploy web", verdict: "correct" },
  { expected: "kubectl rollout restart deployment web -n shop", answer: "kubectl rollout restart deployment web --namespace=shop --context=prod", verdict: "partial", codes: ["unexpected-flag"] },
  // Creating Deployments and changing images
  { expected: CREATE_DEPLOY, answer: "kubectl create deploy web --image nginx:1.25 -r 3", verdict: "correct" },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment web --replicas=3 --image=nginx:1.25", verdict: "correct" },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment web --image=nginx:1.24 --replicas=3", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment web --image=nginx:1.25", verdict: "partial", codes: ["missing-flag"] },
  { expected: CREATE_DEPLOY, answer: `${CREATE_DEPLOY} --dry-run=client -o yaml`, verdict: "partial", codes: ["unexpected-flag", "unexpected-flag"] },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment --replicas=3 --image=nginx:1.25", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment web --replicas=3", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployment web --image=nginx:1.25 --replica=3", verdict: "incorrect", codes: ["parse-error", "unknown-flag"], kubectlRejects: true },
  { expected: CREATE_DEPLOY, answer: "kubectl create deployemnt web --image=nginx:1.25 --replicas=3", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: CREATE_DEPLOY, answer: "kubectl run web --image=nginx:1.25", verdict: "incorrect", codes: ["wrong-verb"] },
  { expected: SET_IMAGE, answer: "kubectl set image deploy web nginx=nginx:1.25", verdict: "correct" },
  { expected: SET_IMAGE, answer: "kubectl set image deployment/web nginx=nginx:1.26", verdict: "partial", codes: ["wrong-args"] },
  { expected: SET_IMAGE, answer: `${SET_IMAGE} --record`, verdict: "partial", codes: ["unexpected-flag"] },
  { expected: SET_IMAGE, answer: "kubectl set image deployment/web nginx:1.25", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: `${SET_IMAGE} sidecar=busybox:1.36`, answer: "kubectl set image deployment/web sidecar=busybox:1.36 nginx=nginx:1.25", verdict: "correct" },
  // Pods
  { expected: RUN_YAML, answer: "kubectl run nginx --image nginx --restart Never -o yaml --dry-run=client", verdict: "correct" },
  { expected: RUN_YAML, answer: "kubectl run nginx --image=nginx --restart=Never --dry-run -o yaml", verdict: "correct" },
  { expected: RUN_YAML, answer: "kubectl run nginx --image=nginx --restart=Never --dry-run=server -o yaml", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: RUN_YAML, answer: "kubectl run Nginx --image=nginx --restart=Never --dry-run=client -o yaml", verdict: "partial", codes: ["wrong-name"] },
  { expected: RUN_YAML, answer: "kubectl run nginx --image=nginx --restart=Never --dry-run=client -o yml", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: "kubectl get pods -A", answer: "kubectl get po --all-namespaces", verdict: "correct" },
  { expected: "kubectl get pods -A", answer: "kubectl get pod -A=true", verdict: "correct" },
  { expected: "kubectl get pods -A", answer: "kubectl get Pods -A", verdict: "correct" },
  { expected: "kubectl get pods -A", answer: "kubectl get pods --all-namespaces=false", verdict: "partial", codes: ["missing-flag"] },
  { expected: "kubectl get pods -A", answer: "kubectl -A get pods", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: "kubectl get pods -A", answer: "kubectl get pods -a", verdict: "incorrect", codes: ["parse-error", "unknown-flag"], kubectlRejects: true },
  { expected: "kubectl get pods -A", answer: "kubectl git pods -A", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: "kubectl get pods -l app=web -o wide", answer: "kubectl get pods --selector app=web -owide", verdict: "correct" },
  { expected: "kubectl get pods -l app=web -o wide", answer: "kubectl get pods -l app=Web -o wide", verdict: "partial", codes: ["wrong-flag-value"] },
  { expected: "kubectl get pods -l app=web,tier=frontend", answer: "kubectl get pods -l tier=frontend,app==web", verdict: "correct" },
  { expected: "kubectl get pods -w -o wide", answer: "kubectl get pods -o wide --watch", verdict: "correct" },
  { expected: "kubectl describe pod web -n dev", answer: "kubectl describe po/web --namespace dev", verdict: "correct" },
  { expected: "kubectl describe pod web -n dev", answer: "kubectl describe pods web", verdict: "partial", codes: ["wrong-namespace"] },
  { expected: "kubectl logs web -c app --previous", answer: "kubectl logs -p web --container=app", verdict: "correct" },
  { expected: "kubectl logs web -c app --previous", answer: "kubectl logs pod/web -c app -p", verdict: "correct" },
  { expected: "kubectl exec -it web -- sh", answer: "kubectl exec web -ti -- sh", verdict: "correct" },
  { expected: "kubectl exec -it web -- sh", answer: "kubectl exec -it web -- bash", verdict: "partial", codes: ["wrong-command"] },
  { expected: "kubectl exec -it web -- sh", answer: "kubectl exec -it web sh", verdict: "incorrect", codes: ["parse-error"], kubectlRejects: true },
  { expected: "kubectl delete pod web --grace-period=0 --force", answer: "kubectl delete po web --force --grace-period 0", verdict: "correct" },
  { expected: "kubectl delete pod web", answer: "kubectl delete pod web --wait=true", verdict: "correct" },
  { expected: "kubectl delete pod web --cascade=orphan", answer: "kubectl delete pod web --cascade orphan", verdict: "partial", codes: ["wrong-name", "missing-flag"] },
  { expected: "kubectl label pods web env=prod", answer: "kubectl label pod/web env=prod", verdict: "correct" },
  { expected: "kubectl label pods web env=prod", answer: "kubectl label pods web env=Prod", verdict: "partial", codes: ["wrong-args"] },
  { expected: "kubectl label pods web env=prod tier=fe --overwrite", answer: "kubectl label --overwrite pods web tier=fe env=prod", verdict: "correct" },
  { expected: "kubectl annotate deploy web owner=team-a", answer: "kubectl annotate deployment web owner=team-a", verdict: "correct" },
  // Services, ConfigMaps, Secrets
  {
    expected: "kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort",
    answer: "kubectl expose deploy/web --type NodePort --port 80 --target-port 8080",
    verdict: "correct",
  },
  {
    expected: "kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort",
    answer: "kubectl expose deployment web --port=80 --target-port=8080 --type=nodeport",
    verdict: "partial",
    codes: ["wrong-flag-value"],
  },
  { expected: "kubectl create service clusterip web --tcp=80:8080", answer: "kubectl create svc clusterip web --tcp 80:8080", verdict: "correct" },
  { expected: "kubectl create service clusterip web --tcp=80:8080", answer: "kubectl create service nodeport web --tcp=80:8080", verdict: "incorrect", codes: ["wrong-subcommand"] },
  {
    expected: "kubectl create configmap app-config --from-literal=mode=prod --from-literal=level=debug",
    answer: "kubectl create cm app-config --from-literal=level=debug --from-literal=mode=prod",
    verdict: "correct",
  },
  {
    expected: "kubectl create secret generic db --from-literal=password=s3cret",
    answer: "kubectl create secret generic db --from-literal=password=S3cret",
    verdict: "partial",
    codes: ["wrong-flag-value"],
  },
  // DaemonSets, StatefulSets, PVCs, PVs and other kinds
  { expected: "kubectl get pvc -n data", answer: "kubectl get persistentvolumeclaims -n data", verdict: "correct" },
  { expected: "kubectl get pv", answer: "kubectl get persistentvolume -n data", verdict: "correct" },
  { expected: "kubectl get ds -n kube-system", answer: "kubectl get daemonsets.apps --namespace=kube-system", verdict: "correct" },
  { expected: "kubectl get sts web", answer: "kubectl get statefulset web", verdict: "correct" },
  { expected: "kubectl delete sts web", answer: "kubectl delete statefulset/web", verdict: "correct" },
  { expected: "kubectl delete pvc -l app=web", answer: "kubectl delete persistentvolumeclaim --selector=app=web", verdict: "correct" },
  { expected: "kubectl scale sts web --replicas=2", answer: "kubectl scale statefulsets web --replicas=2", verdict: "correct" },
  { expected: "kubectl get svc", answer: "kubectl get services", verdict: "correct" },
  { expected: "kubectl get cm", answer: "kubectl get configmap", verdict: "correct" },
  { expected: "kubectl get deploy,rs", answer: "kubectl get rs,deployments", verdict: "correct" },
  { expected: "kubectl get deploy,rs", answer: "kubectl get deploy", verdict: "incorrect", codes: ["wrong-kind"] },
  {
    expected: "kubectl autoscale deployment web --min=2 --max=5 --cpu-percent=80",
    answer: "kubectl autoscale deploy web --max 5 --min 2 --cpu-percent 80",
    verdict: "correct",
  },
  { expected: "kubectl cordon node01", answer: "kubectl uncordon node01", verdict: "incorrect", codes: ["wrong-verb"] },
  {
    expected: "kubectl drain node01 --ignore-daemonsets --delete-emptydir-data",
    answer: "kubectl drain node01 --delete-emptydir-data --ignore-daemonsets=true",
    verdict: "correct",
  },
  { expected: "kubectl top pod -n dev", answer: "kubectl top pods --namespace dev", verdict: "correct" },
  { expected: "kubectl explain deployment.spec.strategy", answer: "kubectl explain deploy.spec.strategy", verdict: "correct" },
  { expected: "kubectl explain deployment.spec.strategy", answer: "kubectl explain deployment.spec.Strategy", verdict: "partial", codes: ["wrong-args"] },
  { expected: "kubectl edit deploy web", answer: "kubectl edit deployment/web", verdict: "correct" },
  {
    expected: `kubectl patch deploy web -p '{"spec":{"replicas":3}}'`,
    answer: `kubectl patch deployment web --patch '{"spec":{"replicas":3}}'`,
    verdict: "correct",
  },
  { expected: "kubectl config set-context --current --namespace=dev", answer: "kubectl config set-context --current --namespace dev", verdict: "correct" },
  { expected: "kubectl get pods --context prod", answer: "kubectl --context=prod get pods", verdict: "correct" },
  // Pipelines and shell features
  { expected: "kubectl get pods -o yaml | grep image", answer: "kubectl get po -o yaml | grep image", verdict: "correct" },
  { expected: "kubectl get pods -o yaml | grep image", answer: "kubectl get pods -o yaml | grep Image", verdict: "partial", codes: ["wrong-pipeline"] },
  { expected: "kubectl get pods", answer: "kubectl get pods; kubectl get svc", verdict: "incorrect", codes: ["parse-error"] },
  { expected: "kubectl get pods", answer: "kubectl get pods && echo ok", verdict: "incorrect", codes: ["parse-error"] },
  { expected: "kubectl get pods", answer: "kubectl get pods -n $(cat ns.txt)", verdict: "incorrect", codes: ["parse-error"] },
  { expected: "kubectl get pods", answer: "kubectl get pods `whoami`", verdict: "incorrect", codes: ["parse-error"] },
  { expected: "kubectl get pods", answer: "kubectl get pods > pods.txt", verdict: "incorrect", codes: ["parse-error"] },
  { expected: "kubectl get pods", answer: "kubectl get pods -o yaml | kubectl apply -f -", verdict: "incorrect", codes: ["parse-error"] },
];
