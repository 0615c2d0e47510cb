// next-auth's own endpoints. Sign-in POSTs run inside a context that hands the caller's address to
// authorize() and brings a throttle decision back, so a throttled attempt is answered 429.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/auth-options";
import { clientIp } from "@/lib/server/auth/client-ip";
import { signInContext, type SignInContext } from "@/lib/server/auth/sign-in-context";

const handler = NextAuth(authOptions);
type RouteContext = { params: Promise<{ nextauth: string[] }> };

export function GET(request: Request, context: RouteContext) {
  return handler(request, context);
}

export async function POST(request: Request, context: RouteContext) {
  const store: SignInContext = { ip: clientIp(request.headers), throttledForSeconds: null };
  const response: Response = await signInContext.run(store, () => handler(request, context));
  if (store.throttledForSeconds === null) return response;
  const retryAfter = String(store.throttledForSeconds);
  const url = new URL(`/signin?error=Throttled_${retryAfter}`, request.url).toString();
  return Response.json({ url }, { status: 429, headers: { "Retry-After": retryAfter, "Cache-Control": "no-store" } });
}
