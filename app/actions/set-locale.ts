"use server";
// Open to everyone, signed in or not: it only stores a display preference in the caller's own cookie.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { isForm } from "./action-result";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

export async function setLocaleAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  const input = setLocaleSchema.safeParse({ locale: formData.get("locale") });
  if (!input.success) return;
  (await cookies()).set(LOCALE_COOKIE, input.data.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
  revalidatePath("/", "layout");
}
