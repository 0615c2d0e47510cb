"use server";
// Open to everyone, signed in or not: it only stores a display preference in the caller's own cookie.
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/locales";
import { defineFormAction } from "../define-action";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

export const setLocaleAction = defineFormAction({
  read: (formData) => ({ locale: formData.get("locale") }),
  schema: setLocaleSchema,
  run: async (_actor, { locale }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: true,
    });
  },
  revalidate: () => [["/", "layout"]],
});
