import "server-only";
// The three note types an export uses, as legacy (schema 11) model JSON. They are Anki's stock
// Basic, Basic (and reversed card) and Cloze plus an Explanation field on the basic ones, so they
// carry their own names. Their ids are fixed, not taken from the clock: importing a second
// export into Anki then reuses the note types instead of adding "Basic-1a2b3" copies.

export type AnkiNoteTypeKey = "basic" | "reversed" | "cloze";

const ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";
const EXPLANATION = "{{#Explanation}}<hr>\n{{Explanation}}{{/Explanation}}";
const CSS = `.card {\n  font-family: arial;\n  font-size: 20px;\n  text-align: center;\n  color: black;\n  background-color: white;\n}\n\npre {\n  text-align: left;\n}\n`;
const CLOZE_CSS = `${CSS}\n.cloze {\n  font-weight: bold;\n  color: blue;\n}\n\n.nightMode .cloze {\n  color: lightblue;\n}\n`;
const LATEX_PRE =
  "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

type Definition = {
  id: number;
  name: string;
  type: 0 | 1;
  fields: string[];
  templates: [string, string, string][];
  css: string;
};

export const ANKI_NOTE_TYPES: Record<AnkiNoteTypeKey, Definition> = {
  basic: {
    id: 1_700_000_000_101,
    name: "KubeDrill Basic",
    type: 0,
    fields: ["Front", "Back", "Explanation"],
    templates: [["Card 1", "{{Front}}", `${ANSWER}{{Back}}${EXPLANATION}`]],
    css: CSS,
  },
  reversed: {
    id: 1_700_000_000_102,
    name: "KubeDrill Basic (and reversed card)",
    type: 0,
    fields: ["Front", "Back", "Explanation"],
    templates: [
      ["Card 1", "{{Front}}", `${ANSWER}{{Back}}${EXPLANATION}`],
      ["Card 2", "{{Back}}", `${ANSWER}{{Front}}${EXPLANATION}`],
    ],
    css: CSS,
  },
  cloze: {
    id: 1_700_000_000_103,
    name: "KubeDrill Cloze",
    type: 1,
    fields: ["Text", "Back Extra"],
    templates: [["Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"]],
    css: CLOZE_CSS,
  },
};

/** The `models` JSON of the col row: model id → model. */
export function legacyModelsJson(modSeconds: number, deckId: number): Record<string, unknown> {
  const models: Record<string, unknown> = {};
  for (const definition of Object.values(ANKI_NOTE_TYPES)) {
    models[String(definition.id)] = {
      id: definition.id,
      name: definition.name,
      type: definition.type,
      mod: modSeconds,
      usn: -1,
      sortf: 0,
      did: deckId,
      tmpls: definition.templates.map(([name, qfmt, afmt], ord) => ({
        name,
        ord,
        qfmt,
        afmt,
        bqfmt: "",
        bafmt: "",
        did: null,
        bfont: "",
        bsize: 0,
      })),
      flds: definition.fields.map((name, ord) => ({
        name,
        ord,
        sticky: false,
        rtl: false,
        font: "Arial",
        size: 20,
        media: [],
      })),
      css: definition.css,
      latexPre: LATEX_PRE,
      latexPost: "\\end{document}",
      latexsvg: false,
      // Which fields a card needs to exist: card N needs its question field (Front / Back).
      req: definition.type === 1 ? [[0, "any", [0]]] : definition.templates.map((_, ord) => [ord, "any", [ord]]),
      tags: [],
      vers: [],
    };
  }
  return models;
}
