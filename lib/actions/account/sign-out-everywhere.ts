"use server";
// Ends every session of the caller's own account.
import { redirect } from "next/navigation";
import { z } from "zod";
import { signOutEverywhere } from "@/lib/server/users/account";
import { defineFormAction } from "../define-action";

export const signOutEverywhereAction = defineFormAction({
  read: [],
  schema: z.object({}),
  signedOut: () => redirect("/signin"),
  run: (actor) => signOutEverywhere({ actor }),
  redirect: () => "/signin?notice=signedOut",
});
