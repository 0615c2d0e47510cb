import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { joinClassAction } from "@/lib/actions/classes/join-class";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getInvite } from "@/lib/server/classes/membership";
import { ActionButton } from "@/components/classes/action-button";
import { primaryButton, secondaryButton } from "@/components/ui/field";

export async function generateMetadata() {
  const t = await getTranslations("classes");
  return { title: t("joinTitle") };
}

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [t, actor] = await Promise.all([getTranslations("classes"), getCurrentUser()]);
  const invite = await getInvite(actor, code);
  const here = `/join/${encodeURIComponent(code)}`;
  return (
    <div className="mx-auto max-w-md space-y-6 pt-4">
      <h1 className="text-2xl font-bold">{t("joinTitle")}</h1>
      {!invite ? (
        <div className="space-y-4">
          <p role="alert" className="leading-relaxed text-slate-700 dark:text-slate-300">
            {t("inviteInvalid")}
          </p>
          <Link href="/" className={secondaryButton}>
            {t("goHome")}
          </Link>
        </div>
      ) : (
        <div className="space-y-4">
          <div className="space-y-1 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
            <p className="text-lg font-semibold break-words">{invite.className}</p>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {t("instructorLabel", { name: invite.ownerName })}
            </p>
          </div>
          {!actor ? (
            <>
              <p className="text-slate-700 dark:text-slate-300">{t("signInToJoin")}</p>
              <div className="flex flex-col gap-3 sm:flex-row">
                <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className={primaryButton}>
                  {t("signInAndJoin")}
                </Link>
                <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`} className={secondaryButton}>
                  {t("signUpAndJoin")}
                </Link>
              </div>
            </>
          ) : invite.isMember ? (
            <>
              <p role="status" className="text-slate-700 dark:text-slate-300">
                {t("alreadyMember")}
              </p>
              <Link href="/" className={primaryButton}>
                {t("goHome")}
              </Link>
            </>
          ) : (
            <ActionButton action={joinClassAction} fields={{ code }} label={t("join")} variant="primary" />
          )}
        </div>
      )}
    </div>
  );
}
