import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { deleteClassAction } from "@/lib/actions/classes/delete-class";
import { regenerateInviteAction } from "@/lib/actions/classes/regenerate-invite";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";
import { listUsableDecks } from "@/lib/server/classes/list-usable-decks";
import { getClassRoster } from "@/lib/server/classes/get-class-roster";
import { inviteUrl } from "@/lib/server/classes/invite-url";
import { ActionButton } from "@/components/classes/action-button";
import { ClassDecksForm } from "@/components/classes/class-decks-form";
import { ClassNameForm } from "@/components/classes/class-name-form";
import { ClassRoster } from "@/components/classes/class-roster";
import { InviteLink } from "@/components/classes/invite-link";

const section = "space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700";
const help = "text-sm text-slate-600 dark:text-slate-300";

async function load(classId: string) {
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/instructor/classes/${encodeURIComponent(classId)}`);
  if (!hasRole(actor, "instructor")) notFound();
  try {
    const found = await getManagedClass(actor, classId);
    const [decks, members] = await Promise.all([listUsableDecks(actor, classId), getClassRoster(actor, classId)]);
    return { found, decks, members };
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
}

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const { classId } = await params;
  const { found, decks, members } = await load(classId);
  const [t, url] = await Promise.all([getTranslations("classes"), inviteUrl(found.inviteCode)]);
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link
          href="/instructor/classes"
          className="inline-flex min-h-11 items-center text-sm font-medium text-sky-700 underline dark:text-sky-300"
        >
          {t("backToList")}
        </Link>
        <h1 className="text-2xl font-bold break-words">{found.name}</h1>
        {!found.isOwn && <p className={help}>{t("ownedBy", { name: found.ownerName })}</p>}
      </div>
      <section className={section} aria-labelledby="invite">
        <h2 id="invite" className="text-lg font-semibold">
          {t("inviteHeading")}
        </h2>
        <p className={help}>{t("inviteHelp")}</p>
        <InviteLink key={url} url={url} />
        <p className={help}>{t("regenerateHelp")}</p>
        <ActionButton
          action={regenerateInviteAction}
          fields={{ classId: found.id }}
          label={t("regenerate")}
          confirmText={t("regenerateConfirm")}
          doneText={t("regenerated")}
        />
      </section>
      <section className={section} aria-labelledby="decks">
        <h2 id="decks" className="text-lg font-semibold">
          {t("decksHeading")}
        </h2>
        <p className={help}>{t("decksHelp")}</p>
        <ClassDecksForm classId={found.id} decks={decks} />
      </section>
      <section className={section} aria-labelledby="roster">
        <h2 id="roster" className="text-lg font-semibold">
          {t("rosterHeading", { count: members.length })}
        </h2>
        <p className={help}>{t("rosterNote")}</p>
        <ClassRoster classId={found.id} members={members} />
      </section>
      <section className={section} aria-labelledby="rename">
        <h2 id="rename" className="text-lg font-semibold">
          {t("renameHeading")}
        </h2>
        <ClassNameForm classId={found.id} name={found.name} />
      </section>
      <section className={`${section} border-red-300 dark:border-red-800`} aria-labelledby="delete-class">
        <h2 id="delete-class" className="text-lg font-semibold text-red-800 dark:text-red-300">
          {t("deleteHeading")}
        </h2>
        <p className={help}>{t("deleteHelp")}</p>
        <ActionButton
          action={deleteClassAction}
          fields={{ classId: found.id }}
          label={t("delete")}
          variant="danger"
          confirmText={t("deleteConfirm", { name: found.name })}
        />
      </section>
    </div>
  );
}
