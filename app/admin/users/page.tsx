import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { listUsers } from "@/lib/server/users/manage-users";
import { RoleForm } from "@/components/account/role-form";

export default async function AdminUsersPage() {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin?callbackUrl=/admin/users");
  if (!hasRole(actor, "admin")) notFound();
  const [t, format, users] = await Promise.all([getTranslations("admin"), getFormatter(), listUsers({ actor })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("usersTitle")}</h1>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {users.map((user) => (
          <li key={user.id} className="space-y-2 p-4">
            <p className="font-medium break-all">
              {user.email}{" "}
              {user.id === actor.id && <span className="text-sm text-slate-500 dark:text-slate-400">{t("you")}</span>}
            </p>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              {t("joined")}: {format.dateTime(user.createdAt, { dateStyle: "medium" })}
            </p>
            <RoleForm userId={user.id} role={user.role} email={user.email} />
          </li>
        ))}
      </ul>
    </div>
  );
}
