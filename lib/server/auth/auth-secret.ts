import "server-only";
import { getEnv } from "../env";
import { ensureAuthSecret } from "../db/prepare-database";

let secret: string | null = null;
/** From NEXTAUTH_SECRET (npm start passes the generated one), else from data/auth-secret. */
export function getAuthSecret(): string {
  secret ??= ensureAuthSecret(getEnv());
  return secret;
}
