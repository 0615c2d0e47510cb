import "server-only";
// Reads an import request into an ImportSource. The deck format is one or more deck files; CSV needs
// a column mapping (query parameters or form fields); .apkg is an Anki package. The format comes
// from `?format=`, else the file names, else the Content-Type.
import { z } from "zod";
import { decodeDeckFileBytes, type DeckError, type DeckSourceFile } from "@/lib/core/content";
import type { CsvMapping } from "@/lib/core/import/csv-deck";
import { AppError } from "../../errors";
import type { ImportSource } from "./parse-import";

/** The documented upload limit of POST /api/v1/decks/{slug}/import (README, OpenAPI). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

type UploadFile = { name: string; bytes: Uint8Array };
type Format = "deck" | "csv" | "apkg";

const column = z.coerce.number().int().min(0).max(1000);
const mappingSchema = z.object({
  delimiter: z.enum(["auto", ",", "\t", ";"]).default("auto"),
  hasHeader: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  byHeader: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  front: column.default(0),
  back: column.default(1),
  tags: column.optional(),
  id: column.optional(),
  section: column.optional(),
});

export async function readImportUpload(request: Request, body: Buffer): Promise<ImportSource> {
  const url = new URL(request.url);
  const contentType = request.headers.get("content-type") ?? "";
  const fields = new Map<string, string>();
  let files: UploadFile[];
  if (contentType.startsWith("multipart/form-data")) {
    const form = await readMultipart(contentType, body);
    files = [];
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") fields.set(key, value);
      else files.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  } else {
    files = [{ name: url.searchParams.get("file") ?? defaultName(contentType, url), bytes: new Uint8Array(body) }];
  }
  if (files.length === 0) throw new AppError("INVALID_INPUT", { message: "no file in the upload" });
  url.searchParams.forEach((value, key) => fields.set(key, fields.get(key) ?? value));
  const format = chooseFormat(fields.get("format"), files, contentType);
  if (format === "deck") return { format, files: decodeDeckFiles(files) };
  if (files.length !== 1) throw new AppError("INVALID_INPUT", { message: `a ${format} import takes exactly one file` });
  const [file] = files;
  if (format === "apkg") return { format, fileName: file.name, bytes: file.bytes };
  return { format, fileName: file.name, text: decodeText(file), mapping: readMapping(fields) };
}

/** At most this many parts: a form of ours sends a file and a handful of mapping fields. */
const MAX_MULTIPART_PARTS = 100;

async function readMultipart(contentType: string, body: Buffer): Promise<FormData> {
  let form: FormData;
  try {
    form = await new Request("http://upload.invalid/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(body),
    }).formData();
  } catch {
    throw new AppError("INVALID_INPUT", {
      message: "malformed multipart body: expected multipart/form-data with a boundary and closed parts",
    });
  }
  let parts = 0;
  for (const _ of form.keys())
    if (++parts > MAX_MULTIPART_PARTS)
      throw new AppError("UNPROCESSABLE", { message: `too many form parts: at most ${MAX_MULTIPART_PARTS}` });
  return form;
}

function chooseFormat(requested: string | undefined, files: UploadFile[], contentType: string): Format {
  if (requested === "deck" || requested === "csv" || requested === "apkg") return requested;
  if (requested !== undefined) throw new AppError("INVALID_INPUT", { message: "format must be deck, csv or apkg" });
  const names = files.map((file) => file.name.toLowerCase());
  if (names.some((name) => name.endsWith(".apkg") || name.endsWith(".colpkg"))) return "apkg";
  if (names.some((name) => /\.(csv|tsv|txt)$/.test(name))) return "csv";
  if (names.every((name) => name.endsWith(".md"))) return "deck";
  if (/^text\/(csv|tab-separated-values)/.test(contentType)) return "csv";
  if (/^application\/(zip|octet-stream|vnd\.anki)/.test(contentType)) return "apkg";
  return "deck";
}

function defaultName(contentType: string, url: URL): string {
  const format = url.searchParams.get("format");
  if (format === "csv" || contentType.startsWith("text/csv")) return "upload.csv";
  if (format === "apkg" || /^application\/(zip|octet-stream|vnd\.anki)/.test(contentType)) return "upload.apkg";
  return "deck.md";
}

/** Deck files keep their base names; a folder prefix from the client is dropped (the deck is the URL's). */
function decodeDeckFiles(files: UploadFile[]): DeckSourceFile[] {
  const decoded: DeckSourceFile[] = [];
  const errors: DeckError[] = [];
  for (const file of files) {
    const name = file.name.slice(file.name.lastIndexOf("/") + 1) || "deck.md";
    // An exported deck is one deck.md that may pass the 256 KiB hand-written-file limit; the upload limit bounds it.
    const result = decodeDeckFileBytes(name, file.bytes, IMPORT_MAX_BYTES);
    if ("text" in result) decoded.push(result);
    else errors.push(result);
  }
  if (errors.length > 0)
    throw new AppError("UNPROCESSABLE", { message: "the deck files are not UTF-8 text", details: { errors } });
  return decoded;
}

function decodeText(file: UploadFile): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    throw new AppError("UNPROCESSABLE", { message: `${file.name}: not UTF-8 text; save the CSV as UTF-8` });
  }
}

function readMapping(fields: Map<string, string>): CsvMapping {
  const pick = (key: string) => (fields.get(key) === "" ? undefined : fields.get(key));
  const parsed = mappingSchema.safeParse({
    delimiter: pick("delimiter") === "tab" ? "\t" : pick("delimiter"),
    hasHeader: pick("hasHeader"),
    byHeader: pick("byHeader"),
    front: pick("front"),
    back: pick("back"),
    tags: pick("tags"),
    id: pick("id"),
    section: pick("section"),
  });
  if (!parsed.success)
    throw new AppError("INVALID_INPUT", {
      message: `bad CSV column mapping: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    });
  return parsed.data;
}
