"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { secondaryButton } from "@/components/ui/field";

/**
 * The invite URL in a read-only field (always visible, so it can be selected and copied by hand
 * where the clipboard API is missing or refused, e.g. over plain http) and a copy button.
 */
export function InviteLink({ url }: { url: string }) {
  const t = useTranslations("classes");
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <div className="space-y-2">
      <label htmlFor="invite-url" className="block text-sm font-medium">
        {t("inviteLinkLabel")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="invite-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="block min-h-12 w-full min-w-0 rounded-lg border border-slate-300 bg-slate-50 px-3 font-mono text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
        />
        <button type="button" onClick={copy} className={`${secondaryButton} shrink-0`}>
          {t("copy")}
        </button>
      </div>
      <p role="status" aria-live="polite" className="text-sm">
        {status === "copied" && <span className="text-emerald-800 dark:text-emerald-300">{t("copied")}</span>}
        {status === "failed" && <span className="text-red-700 dark:text-red-400">{t("copyFailed")}</span>}
      </p>
    </div>
  );
}
