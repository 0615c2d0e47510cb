import { describe, expect, it } from "vitest";
import { parseKubectlCommand, type KubectlCommand, type ParsedCommandLine } from "@/lib/core/kubectl";
import { INVALID_COMMANDS, VALID_COMMANDS } from "./kubectl-command-samples";

function parse(input: string): ParsedCommandLine {
  const result = parseKubectlCommand(input);
  if (!result.ok) throw new Error(`${input}: ${result.error.message}`);
  return result.command;
}

const kubectl = (input: string): KubectlCommand => parse(input).kubectl;

function errorOf(input: string) {
  const result = parseKubectlCommand(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.error;
}

describe("parseKubectlCommand: command words", () => {
  it("reads verb, kind and name of a simple command", () => {
    expect(kubectl("kubectl scale rs frontend --replicas=5")).toEqual({
      verb: "scale",
      targets: [{ resource: "replicasets.apps", kind: "ReplicaSet", name: "frontend" }],
      args: [],
      flags: { replicas: ["5"] },
      command: [],
      warnings: [],
    });
  });

  it.each([
    ["kubectl rollout undo deploy web", "rollout", "undo"],
    ["kubectl create deploy web --image=nginx", "create", "deployment"],
    ["kubectl create svc nodeport web --tcp=80:80", "create", "service nodeport"],
    ["kubectl create secret generic s --from-literal=a=b", "create", "secret generic"],
    ["kubectl top po", "top", "pod"],
    ["kubectl set sa deploy web robot", "set", "serviceaccount"],
    ["kubectl create --dry-run=client deployment web --image=nginx", "create", "deployment"],
    ["kubectl rollout -n shop status deploy/web", "rollout", "status"],
  ])("%s → %s %s", (input, verb, subcommand) => {
    expect(kubectl(input)).toMatchObject({ verb, subcommand });
  });

  it("accepts plain create with a file and no subcommand", () => {
    const command = kubectl("kubectl create -f rs.yaml");
    expect(command.subcommand).toBeUndefined();
    expect(command.flags).toEqual({ filename: ["rs.yaml"] });
  });

  it("takes a file name after a TYPE as an object name, as kubectl does", () => {
    expect(kubectl("kubectl scale rs sample.replicaset.yaml --replicas 5").targets).toEqual([
      { resource: "replicasets.apps", kind: "ReplicaSet", name: "sample.replicaset.yaml" },
    ]);
  });

  it("accepts scaling the object described by a file", () => {
    const command = kubectl("kubectl scale --replicas=5 -f sample-replicaset.yaml");
    expect(command.targets).toEqual([]);
    expect(command.flags).toEqual({ replicas: ["5"], filename: ["sample-replicaset.yaml"] });
  });

  it("expands TYPE NAME NAME, TYPE/NAME and TYPE,TYPE into targets", () => {
    expect(kubectl("kubectl delete pod a b").targets.map((t) => t.name)).toEqual(["a", "b"]);
    expect(kubectl("kubectl get deploy/web svc/web").targets.map((t) => `${t.kind}/${t.name}`)).toEqual([
      "Deployment/web",
      "Service/web",
    ]);
    expect(kubectl("kubectl get deploy,rs,po").targets.map((t) => t.kind)).toEqual(["Deployment", "ReplicaSet", "Pod"]);
    expect(kubectl("kubectl get all -n dev").targets).toEqual([{ resource: "all", kind: "all" }]);
  });

  it("uses the implied kind for pods, nodes and generators", () => {
    expect(kubectl("kubectl logs web").targets).toEqual([{ resource: "pods", kind: "Pod", name: "web" }]);
    expect(kubectl("kubectl logs deploy/web").targets[0].kind).toBe("Deployment");
    expect(kubectl("kubectl drain node01 --ignore-daemonsets").targets).toEqual([
      { resource: "nodes", kind: "Node", name: "node01" },
    ]);
    expect(kubectl("kubectl create cm app --from-literal=a=b").targets[0].resource).toBe("configmaps");
  });

  it("separates label changes, images and explain paths from objects", () => {
    expect(kubectl("kubectl label pods web env=prod tier-").args).toEqual(["env=prod", "tier-"]);
    expect(kubectl("kubectl set image deploy/web nginx=nginx:1.25").args).toEqual(["nginx=nginx:1.25"]);
    expect(kubectl("kubectl taint nodes node01 key=value:NoSchedule").args).toEqual(["key=value:NoSchedule"]);
    expect(kubectl("kubectl explain deploy.spec.strategy")).toMatchObject({
      args: ["spec.strategy"],
      targets: [{ kind: "Deployment" }],
    });
    expect(kubectl("kubectl port-forward pod/web 8080:80").args).toEqual(["8080:80"]);
  });
});

describe("parseKubectlCommand: flags", () => {
  it("reads long, short, attached and = forms into long names", () => {
    const command = kubectl("kubectl get pods -owide --selector app=web -nshop --field-selector=status.phase=Running");
    expect(command.flags).toEqual({
      output: ["wide"],
      selector: ["app=web"],
      "field-selector": ["status.phase=Running"],
    });
    expect(command.namespace).toBe("shop");
  });

  it("reads global flags before the verb", () => {
    const command = kubectl("kubectl -n shop --context=prod --kubeconfig /tmp/k get pods");
    expect(command.namespace).toBe("shop");
    expect(command.flags).toEqual({ context: ["prod"], kubeconfig: ["/tmp/k"] });
  });

  it("splits combined boolean shorthands and keeps the words after --", () => {
    const command = kubectl("kubectl exec -it web -c app -- sh -c 'echo hi'");
    expect(command.flags).toEqual({ stdin: ["true"], tty: ["true"], container: ["app"] });
    expect(command.command).toEqual(["sh", "-c", "echo hi"]);
  });

  it("normalises boolean values and keeps an explicit false", () => {
    expect(kubectl("kubectl get pods -A=true").flags).toEqual({ "all-namespaces": ["true"] });
    expect(kubectl("kubectl delete pod web --wait=False").flags).toEqual({ wait: ["false"] });
  });

  it("collects repeated list flags and keeps the last value of a scalar flag", () => {
    expect(kubectl("kubectl create cm c --from-literal=a=1 --from-literal=b=2").flags["from-literal"]).toEqual([
      "a=1",
      "b=2",
    ]);
    expect(kubectl("kubectl scale rs web --replicas=2 --replicas=3").flags.replicas).toEqual(["3"]);
  });

  it("never lets a value-optional flag take the next word (kubectl reads it as a name)", () => {
    const command = kubectl("kubectl delete pod web --cascade orphan");
    expect(command.flags.cascade).toEqual(["background"]);
    expect(command.targets.map((t) => t.name)).toEqual(["web", "orphan"]);
  });

  it("reads bare --dry-run as client and warns, as kubectl does", () => {
    const command = kubectl("kubectl run web --image=nginx --dry-run -o yaml");
    expect(command.flags["dry-run"]).toEqual(["client"]);
    expect(command.warnings.join()).toMatch(/deprecated/);
  });

  it("accepts the deprecated --record with a warning", () => {
    expect(kubectl("kubectl scale rs web --replicas=2 --record").warnings.join()).toMatch(
      /--record has been deprecated/,
    );
  });

  it("keeps a command's own --namespace flag apart from the global namespace", () => {
    const command = kubectl("kubectl config set-context --current --namespace=dev");
    expect(command.flags).toEqual({ current: ["true"], namespace: ["dev"] });
    expect(command.namespace).toBeUndefined();
  });
});

describe("parseKubectlCommand: pipelines", () => {
  it("keeps other stages as argv and finds the kubectl stage", () => {
    const line = parse("sed -e 's|replicas: 3|replicas: 5|' sample-replicaset.yaml | kubectl apply -f -");
    expect(line.stages).toEqual([
      { program: "sed", argv: ["sed", "-e", "s|replicas: 3|replicas: 5|", "sample-replicaset.yaml"], column: 1 },
      { program: "kubectl", argv: ["kubectl", "apply", "-f", "-"], column: 62 },
    ]);
    expect(line.kubectlStage).toBe(1);
    expect(line.kubectl.flags).toEqual({ filename: ["-"] });
  });

  it("accepts kubectl first in a pipeline and the k alias", () => {
    expect(parse("k get pods -o name | grep web | wc -l").kubectlStage).toBe(0);
  });
});

describe("parseKubectlCommand: errors", () => {
  it.each([
    [
      "kubectl rollout undo deployemnt web --to-revision 2",
      "unknown-kind",
      22,
      /unknown resource type "deployemnt" \(did you mean "deployment"\?\)/,
    ],
    ["kubectl get pods,deployemnt", "unknown-kind", 18, /deployemnt/],
    ["kubectl scale rs frontend --replica=5", "unknown-flag", 27, /unknown flag: --replica .*did you mean "replicas"/],
    ["kubectl get pods -x", "unknown-flag", 18, /unknown shorthand flag: 'x' in -x/],
    ["kubectl logs -A web", "unknown-flag", 14, /'A'/],
    ["kubectl create deployment web --image=nginx --record", "unknown-flag", 45, /--record/],
    ["kubectl rollout undo deploy web --to-revision", "bad-flag-value", 33, /needs an argument/],
    ["kubectl get pods -n", "bad-flag-value", 18, /needs an argument/],
    ["kubectl scale rs web --replicas=five", "bad-flag-value", 22, /whole number/],
    ["kubectl get pods -A=maybe", "bad-flag-value", 18, /true or false/],
    ["kubectl delete pod web --cascade=later", "bad-flag-value", 24, /cascade/],
    ["kubectl get pods -o yml", "bad-flag-value", 18, /did you mean "yaml"/],
    ["kubectl scale rs web", "bad-arguments", 9, /needs --replicas/],
    ["kubectl create deployment web", "bad-arguments", 9, /needs --image/],
    ["kubectl create deployment a b --image=nginx", "bad-arguments", 29, /exactly 1/],
    ["kubectl exec web date", "bad-arguments", 18, /exec POD -- COMMAND/],
    ["kubectl get pods/web web2", "bad-arguments", 22, /TYPE\/NAME/],
    ["kubectl get rs/a,deploy/b", "bad-arguments", 13, /more than one slash/],
    ["kubectl get", "bad-arguments", 9, /needs a resource/],
    ["kubectl apply rs.yaml", "bad-arguments", 15, /takes no arguments/],
    ["kubectl -A get pods", "bad-arguments", 9, /after the command/],
    ["kubectl rollback deploy web", "unknown-verb", 9, /unknown command "rollback"/],
    ["kubectl creat deployment web", "unknown-verb", 9, /did you mean "create"/],
    ["kubectl", "unknown-verb", 1, /needs a command/],
    ["kubectl rollout", "unknown-subcommand", 9, /undo/],
    ["kubectl rollout undu deploy web", "unknown-subcommand", 17, /did you mean "undo"/],
    ["kubectl create deployemnt web --image=nginx", "unknown-subcommand", 16, /deployemnt/],
    [
      "sed -e s|replicas: 3|replicas: 5 sampel.replicaset.yaml | kubectl apply -f -",
      "unsupported-shell",
      10,
      /"replicas:"/,
    ],
    ["cat rs.yaml", "no-kubectl", 1, /must run kubectl/],
    ["kubectl get pods | kubectl apply -f -", "bad-arguments", 20, /once/],
    ["kubectl get pods |", "syntax", 18, /after it/],
    ["| kubectl get pods", "syntax", 1, /before it/],
    ["   ", "syntax", 1, /enter a command/],
    ["kubectl get pods && echo done", "unsupported-shell", 18, /`&`/],
  ])("%j → %s at column %i", (input, code, column, message) => {
    const error = errorOf(input);
    expect(error).toMatchObject({ code, column });
    expect(error.message).toMatch(message);
  });
});

describe("parseKubectlCommand: samples of every command family", () => {
  it.each(VALID_COMMANDS)("accepts %s", (input) => {
    const result = parseKubectlCommand(input);
    expect(result.ok ? "ok" : result.error.message).toBe("ok");
  });

  it.each(INVALID_COMMANDS)("rejects %s", (input) => {
    expect(parseKubectlCommand(input).ok).toBe(false);
  });
});
