import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { listMyClasses } from "@/lib/server/classes/list-my-classes";
import { ClassNameForm } from "@/components/classes/class-name-form";

const section = "space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700";

export async function generateMetadata() {
  const t = await getTranslations("classes");
  return { title: t("title") };
}

export default async function ClassesPage() {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/instructor/classes");
  if (!hasRole(actor, "instructor")) notFound();
  const [t, classes] = await Promise.all([getTranslations("classes"), listMyClasses(actor)]);
  const isAdmin = hasRole(actor, "admin");
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("intro")}</p>
      </div>
      <section className={section} aria-labelledby="create-class">
        <h2 id="create-class" className="text-lg font-semibold">
          {t("createHeading")}
        </h2>
        <ClassNameForm />
      </section>
      <section className="space-y-3" aria-labelledby="class-list">
        <h2 id="class-list" className="text-lg font-semibold">
          {isAdmin ? t("allClasses") : t("yourClasses")}
        </h2>
        {classes.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 dark:border-slate-600 dark:text-slate-300">
            {t("noClasses")}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
            {classes.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/instructor/classes/${c.id}`}
                  className="flex min-h-12 flex-col justify-center gap-1 p-4 hover:bg-slate-50 dark:hover:bg-slate-800"
                >
                  <span className="font-semibold break-words text-sky-700 dark:text-sky-300">{c.name}</span>
                  <span className="text-sm text-slate-600 dark:text-slate-300">
                    {t("classStats", { members: c.members, decks: c.decks })}
                    {!c.isOwn && ` · ${t("ownedBy", { name: c.ownerName })}`}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
