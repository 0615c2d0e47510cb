// The live-token limit is part of the INSERT: 25 requests at once give exactly 20 tokens and 5
// clear refusals; revoking twice keeps the first revocation time.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/tokens/api-tokens";
import type { Actor } from "@/lib/server/auth/current-user";

async function instructor(): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `tokens-${crypto.randomUUID()}@example.test`, role: "instructor" },
  });
  return { id: user.id, email: user.email, role: "instructor", name: null };
}

describe("API token limit", () => {
  it("lets exactly 20 of 25 simultaneous creations through", async () => {
    const actor = await instructor();
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, (_, i) => createApiToken(actor, { name: `ci-${i}` })),
    );
    const refused = results
      .filter((r) => r.status === "rejected")
      .map((r) => ((r as PromiseRejectedResult).reason as AppError).code);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(refused).toEqual(Array(5).fill("CONFLICT"));
    expect(await listApiTokens(actor)).toHaveLength(20);
  });

  it("keeps the first revocation time when a token is revoked twice", async () => {
    const actor = await instructor();
    const { id } = await createApiToken(actor, { name: "once" });
    await revokeApiToken(actor, id);
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt;
    await revokeApiToken(actor, id);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(first);
    expect(await createApiToken(actor, { name: "again" })).toMatchObject({ name: "again" });
  });
});
