"use server";
// Class actions. Managing a class: its owner (an instructor) or an admin; joining: anyone signed in
// holding a current invite code; leaving: the member themselves. lib/server/classes checks all of it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { classIdSchema, classNameSchema, deckSlugsSchema, userIdSchema } from "@/lib/server/classes/class-input";
import { createClass } from "@/lib/server/classes/create-class";
import { deleteClass, regenerateInvite, renameClass } from "@/lib/server/classes/update-class";
import { setClassDecks } from "@/lib/server/classes/set-class-decks";
import { removeMember } from "@/lib/server/classes/remove-member";
import { joinClass, leaveClass } from "@/lib/server/classes/membership";
import { authFailure, fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const LIST = "/instructor/classes";
const classPage = (classId: string) => `${LIST}/${classId}`;
const field = (formData: FormData, name: string) => formData.get(name) ?? "";

/** Bad ids never come from our own forms: answered like a class that is not there. */
const NOT_FOUND: ActionResult = { ok: false, formError: "forbidden" };

export async function createClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = z.object({ name: classNameSchema }).safeParse({ name: field(formData, "name") });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  let classId: string;
  try {
    ({ id: classId } = await createClass(await getCurrentUser(), input.data));
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(LIST);
  redirect(classPage(classId));
}

export async function renameClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = z.object({ classId: classIdSchema, name: classNameSchema }).safeParse({ classId: field(formData, "classId"), name: field(formData, "name") });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    await renameClass(await getCurrentUser(), input.data.classId, { name: input.data.name });
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(classPage(input.data.classId));
  return { ok: true };
}

export async function regenerateInviteAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const classId = classIdSchema.safeParse(field(formData, "classId"));
  if (!classId.success) return NOT_FOUND;
  try {
    await regenerateInvite(await getCurrentUser(), classId.data);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(classPage(classId.data));
  return { ok: true };
}

export async function deleteClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const classId = classIdSchema.safeParse(field(formData, "classId"));
  if (!classId.success) return NOT_FOUND;
  try {
    await deleteClass(await getCurrentUser(), classId.data);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(LIST);
  redirect(LIST);
}

export async function setClassDecksAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = z.object({ classId: classIdSchema, deckSlugs: deckSlugsSchema }).safeParse({ classId: field(formData, "classId"), deckSlugs: formData.getAll("deckSlugs") });
  if (!input.success) return NOT_FOUND;
  try {
    await setClassDecks(await getCurrentUser(), input.data.classId, input.data.deckSlugs);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(classPage(input.data.classId));
  return { ok: true };
}

export async function removeMemberAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = z.object({ classId: classIdSchema, userId: userIdSchema }).safeParse({ classId: field(formData, "classId"), userId: field(formData, "userId") });
  if (!input.success) return NOT_FOUND;
  try {
    await removeMember(await getCurrentUser(), input.data.classId, input.data.userId);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath(classPage(input.data.classId));
  return { ok: true };
}

export async function joinClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const code = z.string().max(64).safeParse(field(formData, "code"));
  if (!code.success) return { ok: false, formError: "invalidInvite" };
  try {
    await joinClass(await getCurrentUser(), code.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, formError: "invalidInvite" };
    return authFailure(error);
  }
  revalidatePath("/");
  redirect("/");
}

export async function leaveClassAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const classId = classIdSchema.safeParse(field(formData, "classId"));
  if (!classId.success) return NOT_FOUND;
  try {
    await leaveClass(await getCurrentUser(), classId.data);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath("/");
  return { ok: true };
}
