"use server";
// Instructor deck actions: create a deck, its title/sections, publish. lib/server/editor checks the
// caller (instructor, owner or admin) on every call.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { createDeck } from "@/lib/server/editor/editable-deck";
import { saveDraftMeta } from "@/lib/server/editor/draft-items";
import { publishDraft } from "@/lib/server/editor/publish-draft";
import { authFailure, fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";
import { setDeckVisibility } from "@/lib/server/decks/set-deck-visibility";
import { DECK_VISIBILITIES } from "@/lib/server/decks/can-study-deck";

const slug = z.string().regex(/^[a-z0-9-]{3,64}$/, "invalid-slug");
const createSchema = z.object({ slug, title: z.string().trim().min(1).max(120), language: z.enum(["ja", "en"]), sectionTitle: z.string().trim().min(1).max(120) });

export async function createDeckAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = createSchema.safeParse(Object.fromEntries(["slug", "title", "language", "sectionTitle"].map((k) => [k, formData.get(k) ?? ""])));
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    await createDeck(await getCurrentUser(), input.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, fieldErrors: { slug: "invalid-taken" } };
    return authFailure(error);
  }
  redirect(`/instructor/decks/${input.data.slug}`);
}

const sectionSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,64}$/, "invalid-section-id"), title: z.string().trim().min(1).max(120) });
const metaSchema = z.object({ slug, title: z.string().trim().min(1).max(120), description: z.string().trim().max(2000), language: z.enum(["ja", "en"]), sections: z.array(sectionSchema).min(1) });

export async function saveDeckMetaAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const ids = formData.getAll("sectionId").map(String);
  const titles = formData.getAll("sectionTitle").map(String);
  const sections = ids.map((id, i) => ({ id: id.trim(), title: titles[i] ?? "" })).filter((s) => s.id !== "" || s.title.trim() !== "");
  const input = metaSchema.safeParse({ ...Object.fromEntries(["slug", "title", "description", "language"].map((k) => [k, formData.get(k) ?? ""])), sections });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    const { slug: deckSlug, sections: list, ...meta } = input.data;
    const result = await saveDraftMeta(await getCurrentUser(), deckSlug, { ...meta, sections: list.map((s) => ({ ...s, notes: s.title })) }, new Date());
    if (!result.ok) return { ok: false, fieldErrors: { sections: "invalid-sections" }, formError: result.errors[0]?.message };
    revalidatePath(`/instructor/decks/${deckSlug}`);
    return { ok: true };
  } catch (error) {
    return authFailure(error);
  }
}

export async function publishDeckAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const deckSlug = slug.safeParse(formData.get("slug"));
  if (!deckSlug.success) return { ok: false, formError: "forbidden" };
  const major = formData.getAll("major").map(String);
  try {
    await publishDraft(await getCurrentUser(), deckSlug.data, major);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNPROCESSABLE") return { ok: false, formError: "draftHasErrors" };
    return authFailure(error);
  }
  revalidatePath(`/instructor/decks/${deckSlug.data}`);
  return { ok: true, message: "published" };
}

const visibilitySchema = z.object({ slug, visibility: z.enum(DECK_VISIBILITIES) });

export async function setDeckVisibilityAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = visibilitySchema.safeParse({ slug: formData.get("slug"), visibility: formData.get("visibility") });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    await setDeckVisibility(await getCurrentUser(), input.data.slug, input.data.visibility);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(`/instructor/decks/${input.data.slug}`);
  return { ok: true };
}
