import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { listPublicDecks } from "@/lib/server/decks/list-decks";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("cram"))("title") };
}

/** Which deck to cram; with one deck only, straight to its sections. */
export default async function CramPage() {
  if (!(await getCurrentUser())) redirect("/signin?callbackUrl=/cram");
  const [t, tHome, decks] = await Promise.all([
    getTranslations("cram"),
    getTranslations("home"),
    listPublicDecks(await getCurrentUser()),
  ]);
  if (decks.length === 1) redirect(`/cram/${encodeURIComponent(decks[0].slug)}`);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="leading-relaxed text-slate-700 dark:text-slate-300">{t("decksIntro")}</p>
      {decks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600">
          {t("noDecks")}
        </p>
      ) : (
        <ul className="space-y-3">
          {decks.map((deck) => (
            <li key={deck.slug}>
              <Link
                href={`/cram/${encodeURIComponent(deck.slug)}`}
                className="block min-h-14 rounded-xl border border-slate-200 p-4 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                <span className="block font-semibold">{deck.title}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-300">
                  {tHome("deckStats", { items: deck.items, cards: deck.cards })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
