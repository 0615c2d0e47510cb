// On PostgreSQL several instances serve the same learners, so a session signed by one must be
// accepted by all: without NEXTAUTH_SECRET, the secret generated on first start is kept in the
// database (AppSetting) instead of one instance's data folder. The first instance's INSERT wins;
// every later one reads the same value.
import crypto from "node:crypto";
import type { Database } from "./create-database-client";

const KEY = "auth-secret";

export async function ensureSharedAuthSecret(client: Database): Promise<string> {
  const candidate = crypto.randomBytes(32).toString("base64url");
  await client.$executeRaw`INSERT INTO "AppSetting" ("key", "value") VALUES (${KEY}, ${candidate}) ON CONFLICT ("key") DO NOTHING`;
  const row = await client.appSetting.findUniqueOrThrow({ where: { key: KEY } });
  return row.value;
}
