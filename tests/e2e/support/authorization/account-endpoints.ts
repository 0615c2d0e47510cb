// Accounts, sessions and the public endpoints that hold no data.
import { HttpSession } from "../http-session";
import { uniqueEmail } from "../accounts";
import { act, baseURL, freshIp, ownOnly, PASSWORD, type Endpoint } from "./case";
import { count, userRow } from "./db";

export const ACCOUNT_ENDPOINTS: Record<string, Endpoint> = {
  "action lib/actions/account/set-locale.ts#setLocaleAction": {
    allowed: () => true, // a display preference in the caller's own cookie; touches no data
    call: async (c) => {
      await act(c, "setLocaleAction", { locale: "en", userId: c.victim.id }, false);
      return c.actor.session.getCookie("NEXT_LOCALE") === "en";
    },
  },
  "action lib/actions/account/sign-up.ts#signUpAction": {
    allowed: (kind, target) => kind === "anonymous" && target === "own id",
    call: async (c) => {
      const email = c.target === "own id" ? uniqueEmail("new") : c.victim.email;
      return (await act(c, "signUpAction", { email, password: PASSWORD, name: "" }, true)).text.includes('"ok":true');
    },
  },
  "action lib/actions/account/change-password.ts#changePasswordAction": {
    allowed: ownOnly,
    spendsAccounts: true,
    call: async (c) => {
      const fields: Record<string, string> =
        c.target === "own id"
          ? { currentPassword: c.actor.person?.password ?? PASSWORD }
          : { currentPassword: c.victim.password, userId: c.victim.id };
      const result = await act(c, "changePasswordAction", { ...fields, newPassword: "changed-password-123" }, true);
      if (c.target === "own id") return result.redirect?.includes("passwordChanged") ?? false;
      return (await new HttpSession(baseURL, freshIp()).signIn(c.victim.email, "changed-password-123")).status === 200;
    },
  },
  "action lib/actions/account/sign-out-everywhere.ts#signOutEverywhereAction": {
    allowed: ownOnly,
    spendsAccounts: true,
    call: async (c) => {
      const targetId = c.target === "own id" ? (c.actor.person?.id ?? "") : c.victim.id;
      const before = userRow(targetId)?.sessionVersion;
      await act(c, "signOutEverywhereAction", { userId: c.victim.id }, false);
      const after = userRow(targetId)?.sessionVersion;
      return before !== undefined && after !== before;
    },
  },
  "action lib/actions/account/delete-account.ts#deleteAccountAction": {
    allowed: ownOnly,
    spendsAccounts: true,
    call: async (c) => {
      const target = c.target === "own id" ? c.actor.person : c.victim;
      await act(c, "deleteAccountAction", { confirmEmail: target?.email ?? c.victim.email, userId: c.victim.id }, true);
      return target ? userRow(target.id) === undefined : false;
    },
  },
  "action lib/actions/admin/change-role.ts#changeRoleAction": {
    allowed: (kind) => kind === "owner or admin",
    spendsAccounts: true,
    call: async (c) => {
      const targetId = c.target === "own id" ? (c.actor.person?.id ?? "no-such-user") : c.victim.id;
      const role = c.target === "own id" ? "admin" : "instructor";
      const result = await act(c, "changeRoleAction", { userId: targetId, role }, true);
      return result.text.includes('"ok":true') && userRow(targetId)?.role === role;
    },
  },
  "GET /api/health": {
    allowed: () => true,
    call: async (c) => (await c.actor.session.fetch("/api/health")).status === 200,
  },
  "GET /api/v1/me/export": {
    allowed: ownOnly,
    call: async (c) => {
      const query = c.target === "own id" ? "" : `?userId=${c.victim.id}&email=${encodeURIComponent(c.victim.email)}`;
      const response = await c.actor.session.fetch(`/api/v1/me/export${query}`);
      const text = response.status === 200 ? await response.text() : "";
      return c.target === "own id"
        ? text.includes(c.actor.person?.email ?? "\u0000")
        : text.includes(c.victim.email) || text.includes(c.victim.id);
    },
  },
  "GET /api/v1/me/revlog": {
    allowed: ownOnly,
    call: async (c) => {
      const query = c.target === "own id" ? "" : `?userId=${c.victim.id}`;
      const response = await c.actor.session.fetch(`/api/v1/me/revlog${query}`);
      const lines = response.status === 200 ? (await response.text()).trim().split("\n") : [];
      if (c.target === "own id") return lines[0] === "card_id,review_time,review_rating,review_state,review_duration";
      // Someone else's log would be the victim's ratings (the CSV names no one): their count, not the caller's.
      const reviewsOf = (id: string | undefined) =>
        count(
          "SELECT count(*) AS n FROM \"ReviewLog\" WHERE userId = ? AND undoneAt IS NULL AND kind IN ('review', 'anki')",
          id ?? "",
        );
      const victims = reviewsOf(c.victim.id);
      return victims > 0 && victims !== reviewsOf(c.actor.person?.id) && lines.length - 1 === victims;
    },
  },
  "GET /api/auth/[...nextauth]": {
    allowed: (_kind, target) => target === "own id", // next-auth's public endpoints; the session it returns is the caller's
    call: async (c) => {
      const response = await c.actor.session.fetch("/api/auth/session");
      const text = await response.text();
      return c.target === "own id" ? response.status === 200 : text.includes(c.victim.id);
    },
  },
  "POST /api/auth/[...nextauth]": {
    allowed: ownOnly, // signing in as yourself; never as someone else without their password
    call: async (c) => {
      const fresh = new HttpSession(baseURL, freshIp());
      const response =
        c.target === "own id"
          ? await fresh.signIn(c.actor.person?.email ?? uniqueEmail("ghost"), PASSWORD)
          : await fresh.signIn(c.victim.email, "not-the-victims-password");
      return response.status === 200 && !!fresh.sessionToken();
    },
  },
  "GET /sw.js": {
    allowed: () => true, // the same static service worker for everyone; holds no data
    call: async (c) => {
      const response = await c.actor.session.fetch("/sw.js");
      return response.status === 200 && (await response.text()).includes("kubedrill-pages");
    },
  },
  "GET /api/v1/openapi.json": {
    allowed: () => true, // public documentation: holds no data
    call: async (c) => {
      const response = await c.actor.session.fetch("/api/v1/openapi.json");
      return response.status === 200 && typeof ((await response.json()) as { openapi?: unknown }).openapi === "string";
    },
  },
};
