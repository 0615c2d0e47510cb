"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteDraftItem } from "@/lib/client/api/deck-draft-api";

export function DeleteItemButton({ slug, itemKey }: { slug: string; itemKey: string }) {
  const t = useTranslations("instructor");
  const router = useRouter();
  async function remove() {
    if (!window.confirm(t("confirmDelete", { key: itemKey }))) return;
    if (await deleteDraftItem(slug, itemKey)) router.refresh();
  }
  return (
    <button
      type="button"
      onClick={remove}
      aria-label={`${t("delete")}: ${itemKey}`}
      className="inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium text-red-700 underline dark:text-red-400"
    >
      {t("delete")}
    </button>
  );
}
