import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instructorDeckOptions } from "@/lib/core/content";
import type { DeckDraft } from "@/lib/core/editor/deck-draft";
import { codeFieldError, FIELD_ERROR_CODES } from "@/lib/core/editor/field-error-codes";
import type { FormValues } from "@/lib/core/editor/item-form";
import { suggestItemId } from "@/lib/core/editor/suggest-item-id";
import { validateDraftForm } from "@/lib/core/editor/validate-draft-item";

const DRAFT: DeckDraft = {
  front: {
    slug: "unit-deck",
    title: "Unit",
    language: "ja",
    kubernetesVersion: "1.32",
    sections: [{ id: "general", title: "General", notes: "General" }],
  },
  items: [{ id: "basic-pod", type: "basic", section: "general", front: "Pod", back: "unit" }],
};

/** The errors of one form, as field → code (+ params), from the parser's real messages. */
function codes(type: string, values: FormValues, originalKey: string | null = null) {
  const checked = validateDraftForm(
    DRAFT,
    { type, values: { section: "general", ...values }, originalKey },
    instructorDeckOptions,
  );
  if (checked.ok) return {};
  return Object.fromEntries(
    checked.errors.map((e) => [e.path, e.params && Object.keys(e.params).length > 0 ? [e.code, e.params] : e.code]),
  );
}

describe("the editor's errors carry a code the UI translates", () => {
  it("names the parser's own messages for a fresh form, a bad id, a taken id and a bad URL", () => {
    expect(codes("basic", { id: "", front: "", back: " " })).toEqual({
      id: "idFormat",
      front: "required",
      back: "required",
    });
    expect(
      codes("basic", { id: "basic-new", front: "F", back: "B", sourceNotes: "n", sourceUrl: "http://example.com" }),
    ).toEqual({ sourceUrl: "sourceUrl" });
    expect(codes("basic", { id: "basic-pod", front: "F", back: "B" })).toEqual({
      id: ["idTaken", { id: "basic-pod" }],
    });
    expect(codes("basic", { id: "basic-pod", front: "F", back: "B" }, "basic-pod")).toEqual({});
  });

  it("names choice, ordering, cloze, kubectl and manifest problems", () => {
    expect(codes("choice", { id: "c-1", prompt: "?", options: "a\nb" })).toEqual({ options: "noCorrectOption" });
    expect(codes("choice", { id: "c-1", prompt: "?", options: "* a\n* b" })).toEqual({
      options: ["needsMultiple", { count: 2 }],
    });
    expect(codes("ordering", { id: "o-1", prompt: "?", steps: "a\nb" })).toEqual({
      steps: ["stepCount", { count: 2 }],
    });
    expect(codes("ordering", { id: "o-1", prompt: "?", steps: "a\n~ b\n~ c" })).toEqual({ steps: "anyOrderAll" });
    expect(codes("ordering", { id: "o-1", prompt: "?", steps: "a\nb\n~ a" })).toEqual({
      steps: ["duplicate", { value: "a" }],
    });
    expect(codes("ordering", { id: "o-1", prompt: "?", steps: "a\nb\na" })).toEqual({
      steps: ["duplicate", { value: "a" }],
    });
    expect(codes("cloze", { id: "z-1", text: "no blank" })).toEqual({ text: "clozeNone" });
    expect(codes("cloze", { id: "z-1", text: "{{c1::open" })).toEqual({ text: "clozeUnclosed" });
    expect(codes("kubectl", { id: "k-1", prompt: "?", answer: "kubectl scale deployment web --replicas" })).toEqual({
      answer: "kubectlParse",
    });
    expect(
      codes("manifest", {
        id: "m-1",
        prompt: "?",
        kind: "Deployment",
        apiVersion: "apps/v1",
        solution: "a: b: c",
        checks: "- path: spec.replicas\n  equals: 3",
      }),
    ).toEqual({ solution: ["yamlAt", { line: 1, column: 4 }] });
    expect(codeFieldError("compare: surge needs replicas (the replica count a percentage is taken of)")).toEqual({
      code: "checkCompare",
      params: {},
    });
    expect(codeFieldError('equals: "5GB" is not a Kubernetes quantity such as 5Gi, 512Mi or 500m')).toEqual({
      code: "checkCompare",
      params: {},
    });
  });

  it("falls back to a generic code for a message it does not know", () => {
    expect(codeFieldError("something new")).toEqual({ code: "invalid", params: {} });
  });

  it("has every code in Japanese and English", () => {
    for (const locale of ["ja", "en"]) {
      const messages = JSON.parse(
        readFileSync(path.resolve(import.meta.dirname, `../../../messages/${locale}/instructor.json`), "utf8"),
      );
      const missing = FIELD_ERROR_CODES.filter((code) => typeof messages.instructor.editor.errors[code] !== "string");
      expect(missing, locale).toEqual([]);
    }
  });
});

describe("suggestItemId", () => {
  it("takes the type and the first ASCII words of the front or prompt", () => {
    expect(suggestItemId("basic", { front: "What does `kubectl get pods -o wide` add?" }, [])).toBe(
      "basic-what-does-kubectl-get-pods",
    );
    expect(suggestItemId("kubectl", { prompt: "Deployment web を 3 レプリカにするコマンドは？" }, [])).toBe(
      "kubectl-deployment-web-3",
    );
    expect(suggestItemId("cloze", { text: "Deployment は {{c1::ReplicaSet::hint}} を通じて" }, [])).toBe(
      "cloze-deployment-replicaset",
    );
    expect(suggestItemId("truefalse", { statement: "StatefulSet scales down from the highest ordinal" }, [])).toBe(
      "truefalse-statefulset-scales-down-from-the",
    );
  });

  it("numbers a Japanese-only text by type, and any id the draft already has", () => {
    expect(suggestItemId("basic", { front: "同じ Pod のコンテナ" }, ["basic-pod"])).toBe("basic-pod-2");
    expect(suggestItemId("basic", { front: "コンテナ同士の通信" }, [])).toBe("basic-1");
    expect(suggestItemId("basic", { front: "" }, ["basic-1", "basic-2"])).toBe("basic-3");
  });

  it("always gives an id the parser accepts", () => {
    const long = "word ".repeat(100);
    for (const id of [
      suggestItemId("manifest", { prompt: long }, []),
      suggestItemId("ordering", { prompt: "" }, []),
      suggestItemId("basic", { front: "Ünïcödé façade" }, []),
    ]) {
      expect(id).toMatch(/^[a-z0-9-]{3,80}$/);
    }
  });
});
