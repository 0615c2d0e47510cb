"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

export function DeleteItemButton({ slug, itemKey }: { slug: string; itemKey: string }) {
  const t = useTranslations("instructor");
  const router = useRouter();
  async function remove() {
    if (!window.confirm(t("confirmDelete", { key: itemKey }))) return;
    const response = await fetch(`/api/v1/decks/${slug}/draft/items?key=${encodeURIComponent(itemKey)}`, { method: "DELETE" });
    if (response.ok) router.refresh();
  }
  return (
    <button type="button" onClick={remove} aria-label={`${t("delete")}: ${itemKey}`} className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-red-700 underline dark:text-red-400">
      {t("delete")}
    </button>
  );
}
