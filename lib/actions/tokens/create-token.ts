"use server";
// API tokens for deck-as-code. The new token is returned once, to the page that made it.
import { z } from "zod";
import { createApiToken } from "@/lib/server/tokens/api-tokens";
import type { ActionResult } from "../action-result";
import { defineAction } from "../define-action";

export type CreateTokenResult = ActionResult | { ok: true; token: string; name: string };

// createApiToken checks the name itself (INVALID_INPUT below) and answers the API the same way.
const createTokenSchema = z.object({ name: z.unknown() });

export const createTokenAction = defineAction({
  read: (formData) => ({ name: formData.get("name") }),
  schema: createTokenSchema,
  run: (actor, input) => createApiToken(actor, input),
  errors: {
    INVALID_INPUT: { ok: false, fieldErrors: { name: "required" } },
    CONFLICT: { ok: false, formError: "tooManyTokens" },
  },
  done: (created): CreateTokenResult => ({ ok: true, token: created.token, name: created.name }),
  revalidate: () => ["/instructor/tokens"],
});
