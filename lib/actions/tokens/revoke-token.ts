"use server";
// The caller's own token (an admin's: anyone's); revokeApiToken checks it.
import { z } from "zod";
import { revokeApiToken } from "@/lib/server/tokens/api-tokens";
import { defineFormAction } from "../define-action";

const revokeTokenSchema = z.object({ tokenId: z.string() });

export const revokeTokenAction = defineFormAction({
  read: (formData) => ({ tokenId: String(formData.get("tokenId") ?? "") }),
  schema: revokeTokenSchema,
  run: (actor, { tokenId }) => revokeApiToken(actor, tokenId),
  revalidate: () => ["/instructor/tokens"],
});
