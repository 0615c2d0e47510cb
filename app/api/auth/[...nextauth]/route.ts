// next-auth's own endpoints. Sign-in POSTs run inside a context that hands the caller's address to
// authorize() and brings a throttle decision back, so a throttled attempt is answered 429.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth/auth-options";
import { clientIp } from "@/lib/server/auth/client-ip";
import { signInContext, type SignInContext } from "@/lib/server/auth/sign-in-context";
import { AppError, errorResponse } from "@/lib/server/errors";
import { readBodyBytes } from "@/lib/server/http/same-origin";

const handler = NextAuth(authOptions);
type RouteContext = { params: Promise<{ nextauth: string[] }> };

export function GET(request: Request, context: RouteContext) {
  return handler(request, context);
}

// next-auth's client posts small urlencoded forms; next-auth itself answers 500 to anything it
// cannot parse (an empty or JSON body), so the body is checked and handed on re-built.
const MAX_AUTH_BODY_BYTES = 16 * 1024;

async function readAuthForm(request: Request): Promise<Request> {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded")) {
    throw new AppError("INVALID_INPUT", { message: "expected an application/x-www-form-urlencoded body" });
  }
  const bytes = await readBodyBytes(request, MAX_AUTH_BODY_BYTES);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("INVALID_INPUT", { message: "the body is not UTF-8" });
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return new NextRequest(request.url, { method: "POST", headers, body: text });
}

export async function POST(original: Request, context: RouteContext) {
  let request: Request;
  try {
    request = await readAuthForm(original);
  } catch (error) {
    return errorResponse(error, { "Cache-Control": "no-store" });
  }
  const store: SignInContext = { ip: clientIp(request.headers), throttledForSeconds: null };
  const response: Response = await signInContext.run(store, () => handler(request, context));
  if (store.throttledForSeconds === null) return response;
  const retryAfter = String(store.throttledForSeconds);
  const url = new URL(`/signin?error=Throttled_${retryAfter}`, request.url).toString();
  return Response.json({ url }, { status: 429, headers: { "Retry-After": retryAfter, "Cache-Control": "no-store" } });
}
