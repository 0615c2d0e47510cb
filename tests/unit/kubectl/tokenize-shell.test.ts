import { describe, expect, it } from "vitest";
import { tokenizeShell } from "@/lib/core/kubectl/tokenize-shell";

function words(input: string): string[] {
  const result = tokenizeShell(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.tokens.map((token) => (token.type === "word" ? token.value : "|"));
}

function errorOf(input: string) {
  const result = tokenizeShell(input);
  if (result.ok) throw new Error(`expected an error for ${input}`);
  return result.error;
}

describe("tokenizeShell", () => {
  it("splits on blanks and keeps 1-based columns", () => {
    const result = tokenizeShell("kubectl  get pods");
    expect(result).toEqual({
      ok: true,
      tokens: [
        { type: "word", value: "kubectl", column: 1 },
        { type: "word", value: "get", column: 10 },
        { type: "word", value: "pods", column: 14 },
      ],
    });
  });

  it("removes single and double quotes and joins adjacent quoted parts", () => {
    expect(words(`sed -e 's|a b|c|' "x y".yaml a'b'"c"`)).toEqual(["sed", "-e", "s|a b|c|", "x y.yaml", "abc"]);
  });

  it("keeps a | inside quotes and splits on an unquoted one", () => {
    expect(words("sed 's|a|b|' f|kubectl apply -f -")).toEqual([
      "sed",
      "s|a|b|",
      "f",
      "|",
      "kubectl",
      "apply",
      "-f",
      "-",
    ]);
  });

  it("treats backslash as an escape outside quotes and inside double quotes only before special characters", () => {
    expect(words(String.raw`a\ b "c\"d" "e\f" 'g\h'`)).toEqual(["a b", 'c"d', "e\\f", "g\\h"]);
  });

  it("joins lines continued with a trailing backslash", () => {
    expect(words("kubectl get \\\n  pods")).toEqual(["kubectl", "get", "pods"]);
  });

  it("keeps $ that starts no expansion and globs literally", () => {
    expect(words("echo 5$ '$HOME' -o jsonpath={.items[*].metadata.name}")).toEqual([
      "echo",
      "5$",
      "$HOME",
      "-o",
      "jsonpath={.items[*].metadata.name}",
    ]);
  });

  it("drops a comment", () => {
    expect(words("kubectl get pods # list them")).toEqual(["kubectl", "get", "pods"]);
  });

  it.each([
    ["kubectl get pods; ls", 17, /one command/],
    ["kubectl get pods && ls", 18, /`&`/],
    ["kubectl get pods || ls", 18, /`\|\|`/],
    ["kubectl get pods > out", 18, /redirection/],
    ["kubectl apply -f - < rs.yaml", 20, /redirection/],
    ["kubectl apply -f - <<EOF", 20, /here-document/],
    ["kubectl get pods -n `cat ns`", 21, /backtick/],
    ["kubectl get pods -n $(cat ns)", 21, /\$\(…\)/],
    ['kubectl get pods -n "$NS"', 22, /variables/],
    ["kubectl get pods -n ${NS}", 21, /variables/],
    ["(kubectl get pods)", 1, /subshell/],
    ["kubectl get pods &", 18, /`&`/],
    ["kubectl get pods |& cat", 18, /`\|&`/],
    ["kubectl get pods\nkubectl get svc", 17, /one line/],
    ["sed -e 's|a|b| rs.yaml", 8, /single quote is never closed/],
    ['kubectl get "pods', 13, /double quote is never closed/],
    ["kubectl get\u3000pods", 12, /full-width space/],
    ["kubectl get pods -l \u2018app=web\u2019", 21, /typographic quotes/],
  ])("rejects %j at column %i", (input, column, message) => {
    const error = errorOf(input);
    expect(error.column).toBe(column);
    expect(error.message).toMatch(message);
  });
});
