import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { diffDeckVersions, listDeckVersions } from "@/lib/server/editor/deck-versions";

export const dynamic = "force-dynamic";

/** ?from=N&to=M shows what changed between two published versions (default: the last two). */
export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const { slug } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/instructor/decks/${slug}/versions`);
  const versions = await listDeckVersions(actor, slug).catch((error) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  const [t, format] = await Promise.all([getTranslations("instructor.versions"), getFormatter()]);
  const search = await searchParams;
  const to = Number(search.to ?? versions[0]?.version ?? 0);
  const from = Number(search.from ?? to - 1);
  const diff = from >= 1 && to > from ? await diffDeckVersions(actor, slug, from, to) : null;
  const count = (s: Record<string, unknown>, key: string) =>
    Array.isArray(s[key]) ? (s[key] as unknown[]).length : Number(s[key] ?? 0);
  return (
    <div className="space-y-6">
      <Link
        href={`/instructor/decks/${slug}`}
        className="inline-flex min-h-11 items-center text-sm font-medium text-sky-700 underline dark:text-sky-300"
      >
        ← {slug}
      </Link>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {versions.length === 0 && <p>{t("none")}</p>}
      <ol className="space-y-2">
        {versions.map((v) => (
          <li key={v.version} className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
            <p className="font-semibold">
              {t("version", { version: v.version })} ·{" "}
              {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            <p>
              {t("counts", {
                added: count(v.summary, "added"),
                changed: count(v.summary, "changed"),
                retired: count(v.summary, "retired"),
                reset: count(v.summary, "reset"),
              })}
            </p>
            {v.version > 1 && (
              <Link
                className="inline-flex min-h-11 items-center text-sky-700 underline dark:text-sky-300"
                href={`?from=${v.version - 1}&to=${v.version}`}
              >
                {t("showDiff", { from: v.version - 1, to: v.version })}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {diff && (
        <section aria-labelledby="diff-heading" className="space-y-3">
          <h2 id="diff-heading" className="text-lg font-semibold">
            {t("diffTitle", { from, to })}
          </h2>
          {diff.length === 0 && <p>{t("noDiff")}</p>}
          {diff.map((d) => (
            <div key={d.key} className="space-y-1">
              <p className="font-mono text-sm font-semibold">
                {d.key} — {t(`change.${d.change}`)}
              </p>
              <pre className="overflow-x-auto rounded-lg bg-slate-50 p-2 text-xs dark:bg-slate-900">
                {d.parts.map((p, i) => (
                  <span
                    key={i}
                    className={
                      p.kind === "added"
                        ? "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100"
                        : p.kind === "removed"
                          ? "bg-red-100 text-red-900 line-through dark:bg-red-900 dark:text-red-100"
                          : ""
                    }
                  >
                    {p.kind === "added" ? "+ " : p.kind === "removed" ? "- " : ""}
                    {p.text}
                  </span>
                ))}
              </pre>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
