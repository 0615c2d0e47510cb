import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { listApiTokens } from "@/lib/server/tokens/api-tokens";
import { revokeTokenAction } from "@/lib/actions/tokens/revoke-token";
import { CreateTokenForm } from "@/components/instructor/create-token-form";

export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/instructor/tokens");
  if (!hasRole(actor, "instructor")) redirect("/");
  const [t, format, tokens] = await Promise.all([
    getTranslations("instructor.tokens"),
    getFormatter(),
    listApiTokens(actor),
  ]);
  return (
    <div className="max-w-2xl space-y-6">
      <Link
        href="/instructor"
        className="inline-flex min-h-11 items-center text-sm font-medium text-sky-700 underline dark:text-sky-300"
      >
        ←
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("help")}</p>
      <CreateTokenForm />
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {tokens.length === 0 && <li className="p-3 text-sm">{t("none")}</li>}
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center gap-2 p-3 text-sm">
            <span className="font-semibold">{token.name}</span>
            <span className="font-mono text-slate-500 dark:text-slate-400">{token.prefix}…</span>
            <span className="flex-1 text-slate-600 dark:text-slate-300">
              {t("created", { when: format.dateTime(token.createdAt, { dateStyle: "medium" }) })}
              {token.lastUsedAt && <> · {t("lastUsed", { when: format.relativeTime(token.lastUsedAt) })}</>}
            </span>
            {token.revokedAt ? (
              <span className="font-medium text-slate-500">{t("revoked")}</span>
            ) : (
              <form action={revokeTokenAction}>
                <input type="hidden" name="tokenId" value={token.id} />
                <button
                  type="submit"
                  className="min-h-11 rounded-md px-2 font-medium text-red-700 underline dark:text-red-400"
                  aria-label={`${t("revoke")}: ${token.name}`}
                >
                  {t("revoke")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
