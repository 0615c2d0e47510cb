// Reading Anki packages: packages built like Anki's (tests/support) and real ones made by Anki
// (../shared/fixtures/anki, read in place).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { instructorDeckOptions, parseDeck } from "@/lib/core/content";
import { serializeDeck } from "@/lib/core/content/serialize-deck";
import { readAnkiPackage } from "@/lib/server/decks/import/anki/read-anki-package";
import { buildAnkiPackage, type BuilderNote } from "../support/anki-package-builder";
import { buildAnki21bPackage } from "../support/anki21b-package-builder";

const FIXTURES = path.resolve("../shared/fixtures/anki");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

function read(bytes: Uint8Array, fileName = "My K8s deck.apkg") {
  const result = readAnkiPackage(bytes, { fileName });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.deck;
}

const NOTES: BuilderNote[] = [
  {
    guid: "a1",
    type: "basic",
    fields: ["What runs in a <b>Pod</b>?", "Containers<br>sharing a network"],
    deck: "K8s::Pods",
    tags: ["pods", "k8s::core"],
  },
  { guid: "r1", type: "reversed", fields: ["Service", "Stable <i>virtual</i> IP"], deck: "K8s::Services" },
  {
    guid: "c1",
    type: "cloze",
    fields: ["A {{c1::Deployment}} manages {{c2::ReplicaSets::kind}}", "See <i>docs</i>"],
    deck: "K8s::Pods",
  },
  { guid: "o1", type: "one-field", fields: ["just a sentence"], deck: "K8s::Pods" },
];

describe("readAnkiPackage on packages laid out like Anki's", () => {
  it("maps Basic, reversed and Cloze notes by structure and Anki decks to sections", () => {
    const deck = read(buildAnkiPackage({ notes: NOTES }));
    expect(deck.front).toEqual({
      slug: "my-k8s-deck",
      title: "K8s",
      language: "ja",
      kubernetesVersion: "1.32",
      sections: [
        { id: "pods", title: "Pods", notes: "Anki deck K8s::Pods" },
        { id: "services", title: "Services", notes: "Anki deck K8s::Services" },
      ],
    });
    expect(deck.items).toEqual([
      {
        id: "anki-g-6131",
        type: "basic",
        section: "pods",
        front: "What runs in a **Pod**?",
        back: "Containers\nsharing a network",
        tags: ["pods"],
      },
      {
        id: "anki-g-7231",
        type: "basic",
        section: "services",
        front: "Service",
        back: "Stable *virtual* IP",
        reversed: true,
      },
      {
        id: "anki-g-6331",
        type: "cloze",
        section: "pods",
        text: "A {{c1::Deployment}} manages {{c2::ReplicaSets::kind}}",
        explanation: "See *docs*",
      },
    ]);
    expect(deck.origins.map((o) => o.line)).toEqual([1, 2, 3]);
    const warnings = deck.warnings.map((w) => w.message).join("\n");
    expect(warnings).toContain('skipped 1 note of note type "Sentence only"');
    expect(warnings).toContain("k8s::core");
  });

  it("removes scripts, event handlers, frames, styles and javascript: links from fields", () => {
    const front = `<img src="x.png" onerror="alert(1)">Hello<script>alert(2)</script> <a href="javascript:alert(3)">click</a><iframe src="https://evil.example"></iframe><div style="color:red" onclick="steal()">world</div>`;
    const [item] = read(
      buildAnkiPackage({ notes: [{ guid: "x1", type: "basic", fields: [front, "<style>p{}</style>back"] }] }),
    ).items;
    expect(item).toMatchObject({ front: "[image: x.png]Hello click\nworld", back: "back" });
    expect(JSON.stringify(item)).not.toMatch(/script|onerror|onclick|alert|javascript|iframe|style|<a|<img|<div/);
  });

  it("converts lists, code and entities to Markdown that keeps literal text literal", () => {
    const front = "<ul><li>one</li><li>two</li></ul><code>kubectl get pods</code><pre>a:\n  b: 1</pre>";
    const [item] = read(
      buildAnkiPackage({ notes: [{ guid: "m1", type: "basic", fields: [front, "a &lt;none&gt; &amp; b&nbsp;c"] }] }),
    ).items;
    expect(item).toMatchObject({
      front: "- one\n- two\n`kubectl get pods`\n\n```\na:\n  b: 1\n```",
      back: "a &lt;none> & b c",
    });
  });

  it("reports media that were not imported in one warning and leaves a readable placeholder", () => {
    const notes: BuilderNote[] = [
      { guid: "s1", type: "basic", fields: ["Listen [sound:hello.mp3]", '<img src="diagram.png">'] },
    ];
    const deck = read(
      buildAnkiPackage({ notes, media: { "hello.mp3": new Uint8Array([1]), "diagram.png": new Uint8Array([2]) } }),
    );
    expect(deck.items[0]).toMatchObject({ front: "Listen [audio: hello.mp3]", back: "[image: diagram.png]" });
    expect(deck.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^2 media files were not imported .*hello\.mp3, diagram\.png$/),
    ]);
  });

  it("gives the same ids when a package is read again, also when a note's front changed", () => {
    const first = read(buildAnkiPackage({ notes: NOTES }));
    const again = read(buildAnkiPackage({ notes: NOTES }));
    const edited = read(buildAnkiPackage({ notes: [{ ...NOTES[0], fields: ["Changed front", "Containers"] }] }));
    expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id));
    expect(edited.items[0]).toMatchObject({ id: first.items[0].id, front: "Changed front" });
  });

  it("refuses a note whose front is empty after sanitising, naming its GUID and position", () => {
    const result = readAnkiPackage(
      buildAnkiPackage({ notes: [NOTES[1], { guid: "e1", type: "basic", fields: ["<script>x()</script>", "back"] }] }),
      { fileName: "e.apkg" },
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ file: "e.apkg", line: 2, column: 1, message: 'note "e1": the front is empty after removing HTML' }],
    });
  });

  it("reads collection.anki21b of current Anki like the legacy collection, ignoring the dummy collection.anki2", () => {
    const modern = read(buildAnki21bPackage(NOTES.map((note) => ({ ...note, tags: undefined }))));
    const legacy = read(buildAnkiPackage({ notes: NOTES.map((note) => ({ ...note, tags: undefined })) }));
    expect(modern.items).toEqual(legacy.items);
    expect(modern.front).toEqual(legacy.front);
  });
});

describe("imported decks and the deck validation path", () => {
  it("pass serializeDeck → parseDeck with the instructor options, built packages and real ones alike", () => {
    const decks = [
      read(buildAnkiPackage({ notes: NOTES })),
      read(buildAnki21bPackage(NOTES)),
      read(fixture("update1.apkg"), "update1.apkg"),
      read(fixture("diffmodels2-2.apkg")),
    ];
    for (const deck of decks) {
      const parsed = parseDeck(
        [{ path: `${deck.front.slug}/deck.md`, text: serializeDeck(deck.front, deck.items).text }],
        instructorDeckOptions,
      );
      expect(parsed.ok ? [] : parsed.errors, deck.front.title).toEqual([]);
    }
  });
});

describe("readAnkiPackage on real packages made by Anki", () => {
  it("reads every fixture without throwing; all but media.apkg (empty back, below) import", () => {
    for (const name of fs.readdirSync(FIXTURES).filter((file) => file.endsWith(".apkg"))) {
      expect(readAnkiPackage(fixture(name), { fileName: name }).ok, name).toBe(name !== "media.apkg");
    }
  });

  it("update2 updates the note of update1 in place: same id, new front", () => {
    const [first] = read(fixture("update1.apkg"), "update1.apkg").items;
    const [second] = read(fixture("update2.apkg"), "update2.apkg").items;
    expect(first).toEqual({
      id: "anki-g-635531257a4e557a6b31",
      type: "basic",
      section: "default",
      front: "hello",
      back: "world",
    });
    expect(second).toEqual({ ...first, front: "goodbye" });
  });

  it("media.apkg: its one note has a sound on the front and an empty back, which is refused by GUID", () => {
    // The front alone would import as "[audio: foo.wav]" (see the media test above); the back is
    // really empty in this package ("[sound:foo.wav]\x1f"), and an item needs a back.
    expect(readAnkiPackage(fixture("media.apkg"), { fileName: "media.apkg" })).toEqual({
      ok: false,
      errors: [
        { file: "media.apkg", line: 1, column: 1, message: 'note "L;*}1M{l6|": the back is empty after removing HTML' },
      ],
    });
  });

  it("diffmodels2: the same note gains its reverse card when its note type gets a second template", () => {
    const [before] = read(fixture("diffmodels2-1.apkg")).items;
    const [after] = read(fixture("diffmodels2-2.apkg")).items;
    expect(before).toEqual({
      id: "anki-g-4d47437345337a5e4572",
      type: "basic",
      section: "default",
      front: "front",
      back: "back",
    });
    expect(after).toEqual({ ...before, reversed: true });
  });

  it("diffmodeltemplates: a Basic-like type with a changed question template stays the same item in deck testdeck", () => {
    const before = read(fixture("diffmodeltemplates-1.apkg"));
    const after = read(fixture("diffmodeltemplates-2.apkg"));
    expect(before.front.title).toBe("testdeck");
    expect(before.items).toEqual([
      { id: "anki-g-436a4d54683b28237c36", type: "basic", section: "testdeck", front: "question?", back: "answer!" },
    ]);
    expect(after.items).toEqual(before.items);
  });
});
