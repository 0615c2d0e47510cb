import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DECK_SLUG_PATTERN } from "@/lib/core/content/slug-patterns";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";
import { IMPORT_MAX_BYTES } from "@/lib/server/decks/import/read-upload";
import { ImportForm } from "@/components/instructor/import-form";

export const dynamic = "force-dynamic";

/** Import into this deck, or into a new deck of this slug (the API checks ownership and previews first). */
export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/instructor/decks/${slug}/import`);
  if (!hasRole(actor, "instructor") || !DECK_SLUG_PATTERN.test(slug)) notFound();
  const t = await getTranslations("instructor.import");
  return (
    <div className="space-y-4">
      <Link
        href="/instructor"
        className="inline-flex min-h-11 items-center text-sm font-medium text-sky-700 underline dark:text-sky-300"
      >
        ← {slug}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { slug })}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {t("help", { megabytes: IMPORT_MAX_BYTES / 1024 / 1024 })}
      </p>
      <ImportForm slug={slug} />
    </div>
  );
}
