import { HttpSession } from "./http-session";
import { callServerAction, loadServerActions, type ActionRef } from "./server-actions";

let actions: ActionRef[] | null = null;
/** A server action by its exported name: one action per file (lib/actions), so the name finds it. */
export function action(name: string): ActionRef {
  actions ??= loadServerActions();
  const found = actions.filter((a) => a.name === name);
  if (found.length !== 1) throw new Error(`${found.length} server actions named ${name} in the build, not one`);
  return found[0];
}

/** Signs up through the real sign-up server action; the session stays signed out. */
export async function signUp(session: HttpSession, email: string, password: string): Promise<void> {
  const result = await callServerAction(session, action("signUpAction"), { email, password, name: "" }, true);
  if (!result.text.includes('"ok":true'))
    throw new Error(`sign-up failed for ${email}: ${result.status} ${result.text.slice(0, 300)}`);
}

/** Signs up through the real sign-up server action, then signs in; returns the signed-in session. */
export async function createAccount(
  baseURL: string,
  email: string,
  password: string,
  ip?: string,
): Promise<HttpSession> {
  const session = new HttpSession(baseURL, ip);
  await signUp(session, email, password);
  const signedIn = await session.signIn(email, password);
  if (signedIn.status !== 200) throw new Error(`sign-in failed for ${email}: ${signedIn.status}`);
  return session;
}

export async function signedIn(baseURL: string, email: string, password: string, ip?: string): Promise<HttpSession> {
  const session = new HttpSession(baseURL, ip);
  const response = await session.signIn(email, password);
  if (response.status !== 200) throw new Error(`sign-in failed for ${email}: ${response.status}`);
  return session;
}

export async function whoAmI(session: HttpSession): Promise<{ id: string; email: string; role: string } | null> {
  const response = await session.fetch("/api/v1/me/export");
  if (response.status !== 200) return null;
  const data = (await response.json()) as { user: { id: string; email: string; role: string } };
  return data.user;
}
