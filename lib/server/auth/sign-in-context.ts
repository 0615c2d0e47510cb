import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// next-auth's authorize() sees neither the Request nor a way to answer 429; the route handler runs
// it inside this context to pass the caller's address in and the throttle decision out.
export type SignInContext = { ip: string; throttledForSeconds: number | null };
export const signInContext = new AsyncLocalStorage<SignInContext>();
