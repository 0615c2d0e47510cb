// An instructor account for e2e tests: signed up like anyone, promoted by the admin through the real
// role action, then signed in again (a role change ends earlier sessions).
import crypto from "node:crypto";
import { action, createAccount, signedIn, whoAmI } from "./http-accounts";
import { callServerAction } from "./server-actions";
import { uniqueEmail } from "./accounts";
import type { HttpSession } from "./http-session";

export const INSTRUCTOR_PASSWORD = "instructor-e2e-password-7";
const freshIp = () => `198.19.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export async function createInstructor(
  baseURL: string,
  admin: { email: string; password: string },
): Promise<{ session: HttpSession; email: string; id: string; password: string }> {
  const email = uniqueEmail("instructor");
  const ip = freshIp();
  const first = await createAccount(baseURL, email, INSTRUCTOR_PASSWORD, ip);
  const { id } = (await whoAmI(first))!;
  const adminSession = await signedIn(baseURL, admin.email, admin.password, freshIp());
  const result = await callServerAction(
    adminSession,
    action("changeRoleAction"),
    { userId: id, role: "instructor" },
    true,
  );
  if (!result.text.includes('"ok":true'))
    throw new Error(`could not make ${email} an instructor: ${result.text.slice(0, 200)}`);
  return { session: await signedIn(baseURL, email, INSTRUCTOR_PASSWORD, ip), email, id, password: INSTRUCTOR_PASSWORD };
}
