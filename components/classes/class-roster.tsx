import { getFormatter, getTranslations } from "next-intl/server";
import { removeMemberAction } from "@/lib/actions/classes/remove-member";
import type { RosterMember } from "@/lib/server/classes/get-class-roster";
import { ActionButton } from "./action-button";

const cell = "px-3 py-2 align-middle";

/** The members table; scrolls sideways inside its box on a phone instead of widening the page. */
export async function ClassRoster({ classId, members }: { classId: string; members: RosterMember[] }) {
  const [t, format] = await Promise.all([getTranslations("classes"), getFormatter()]);
  if (members.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("noMembers")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="bg-slate-50 text-slate-700 dark:bg-slate-800 dark:text-slate-200">
          <tr>
            <th scope="col" className={cell}>
              {t("member")}
            </th>
            <th scope="col" className={cell}>
              {t("joinedAt")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("reviews7d")}
            </th>
            <th scope="col" className={cell}>
              {t("lastReview")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("dueNow")}
            </th>
            <th scope="col" className={cell}>
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {members.map((m) => (
            <tr key={m.userId}>
              <td className={cell}>
                {m.name && <span className="block font-medium">{m.name}</span>}
                <span className="block break-all text-slate-600 dark:text-slate-300">{m.email}</span>
              </td>
              <td className={cell}>{format.dateTime(m.joinedAt, { dateStyle: "medium" })}</td>
              <td className={`${cell} text-right tabular-nums`}>{m.reviewsLast7Days}</td>
              <td className={cell}>
                {m.lastReviewedAt
                  ? format.dateTime(m.lastReviewedAt, { dateStyle: "medium", timeStyle: "short" })
                  : t("never")}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{m.dueNow}</td>
              <td className={cell}>
                <ActionButton
                  action={removeMemberAction}
                  fields={{ classId, userId: m.userId }}
                  label={t("remove")}
                  confirmText={t("removeConfirm", { name: m.name ?? m.email })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
