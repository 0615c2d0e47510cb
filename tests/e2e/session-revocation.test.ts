// A session cookie captured before a revocation event is refused afterwards, every time.
import { describe, expect, inject, it } from "vitest";
import { HttpSession } from "./support/http-session";
import { callServerAction } from "./support/server-actions";
import { action, createAccount, signedIn, whoAmI } from "./support/http-accounts";
import { uniqueEmail } from "./support/accounts";

const baseURL = inject("baseURL");
const admin = inject("admin");
const PASSWORD = "revocation-test-password-1";
const REPLAYS = 100;

async function replay(token: string): Promise<number> {
  let accepted = 0;
  for (let i = 0; i < REPLAYS; i++) {
    const thief = new HttpSession(baseURL);
    thief.setCookie("next-auth.session-token", token);
    const response = await thief.fetch("/api/v1/me/export");
    if (response.status === 200) accepted++;
    else expect(response.status).toBe(401);
  }
  return accepted;
}

describe("revoked sessions", () => {
  it("refuses a cookie captured before 'sign out everywhere' (100 replays, 0 accepted)", async () => {
    const email = uniqueEmail("everywhere");
    const phone = await createAccount(baseURL, email, PASSWORD);
    const token = phone.sessionToken()!;
    expect(await whoAmI(phone)).toMatchObject({ email });
    const laptop = await signedIn(baseURL, email, PASSWORD);
    const result = await callServerAction(laptop, action("signOutEverywhereAction"), {}, false);
    expect(result.redirect).toContain("/signin");
    expect(await replay(token)).toBe(0);
    expect(await whoAmI(laptop)).toBeNull();
  });

  it("refuses a cookie captured before a password change (100 replays, 0 accepted)", async () => {
    const email = uniqueEmail("password");
    const stolen = await createAccount(baseURL, email, PASSWORD);
    const token = stolen.sessionToken()!;
    const owner = await signedIn(baseURL, email, PASSWORD);
    const newPassword = "a-brand-new-password-42";
    const result = await callServerAction(
      owner,
      action("changePasswordAction"),
      { currentPassword: PASSWORD, newPassword },
      true,
    );
    expect(result.redirect).toContain("passwordChanged");
    expect(await replay(token)).toBe(0);
    expect((await new HttpSession(baseURL).signIn(email, PASSWORD)).status).toBe(401);
    expect(await whoAmI(await signedIn(baseURL, email, newPassword))).toMatchObject({ email });
  });

  it("refuses a cookie captured before losing the instructor role (100 replays, 0 accepted)", async () => {
    const email = uniqueEmail("instructor");
    const person = await createAccount(baseURL, email, PASSWORD);
    const { id } = (await whoAmI(person))!;
    const adminSession = await signedIn(baseURL, admin.email, admin.password);
    const changeRole = action("changeRoleAction");
    expect((await callServerAction(adminSession, changeRole, { userId: id, role: "instructor" }, true)).text).toContain(
      '"ok":true',
    );
    const instructor = await signedIn(baseURL, email, PASSWORD);
    expect(await whoAmI(instructor)).toMatchObject({ role: "instructor" });
    const token = instructor.sessionToken()!;
    expect((await callServerAction(adminSession, changeRole, { userId: id, role: "learner" }, true)).text).toContain(
      '"ok":true',
    );
    expect(await replay(token)).toBe(0);
  });
});
