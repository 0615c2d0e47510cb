// What a reader would see wrong in text the app shows: a literal HTML tag, cloze syntax or markers,
// a raw Markdown heading, or a raw message key (a dotted `area.key` of one of our message namespaces).
// Shared by the rendered-text test (HTML rendered on the server) and the journey screenshots (text
// read from the browser).
import fs from "node:fs";
import path from "node:path";

const NAMESPACES = Object.keys(JSON.parse(fs.readFileSync(path.resolve("messages/en.json"), "utf8")) as object);
const MESSAGE_KEY = new RegExp(`\\b(${NAMESPACES.join("|")})\\.[a-zA-Z][\\w-]*`);
// HTML element names only: "<pod>" or "<Pod 名>" in a command template is content, not markup.
const HTML_TAG =
  /<\/?(a|p|span|mark|div|br|code|pre|strong|em|b|i|u|s|del|ul|ol|li|table|thead|tbody|tr|td|th|h[1-6]|img|script|style|blockquote|hr|details|summary)(\s[^<>]*)?\/?>/i;

export function textProblems(text: string): string[] {
  const problems: string[] = [];
  const tag = HTML_TAG.exec(text);
  if (tag) problems.push(`literal HTML tag: ${tag[0]}`);
  if (/\{\{c\d+::/.test(text)) problems.push("unrendered cloze syntax");
  if (/[\uE000-\uE003]/.test(text)) problems.push("cloze marker left in the text");
  if (/(^|\n)\s{0,3}#{1,6}\s/.test(text) || /(^|\s)#{2,6}\s/.test(text)) problems.push("raw Markdown heading");
  const key = MESSAGE_KEY.exec(text);
  if (key) problems.push(`raw message key: ${key[0]}`);
  return problems;
}
