"use client";
import { signOut } from "next-auth/react";
import { clearDeviceData } from "@/lib/client/offline/clear-device-data";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void clearDeviceData().then(() => signOut({ callbackUrl: "/signin?notice=signedOut" }))}
      className="mt-2 min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {label}
    </button>
  );
}
