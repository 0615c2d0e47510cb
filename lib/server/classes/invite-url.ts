import "server-only";
import { headers } from "next/headers";
import { getEnv } from "../env";

/**
 * The full join link to hand out. NEXTAUTH_URL, when set, is the site's public address; otherwise
 * the address this request came in on. Only the instructor sees it, so a forged Host header only
 * misleads the person who forged it.
 */
export async function inviteUrl(code: string): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  let origin: string;
  if (configured) {
    origin = new URL(configured).origin;
  } else {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
    const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? "http";
    origin = `${proto}://${host}`;
  }
  return `${origin}/join/${encodeURIComponent(code)}`;
}
