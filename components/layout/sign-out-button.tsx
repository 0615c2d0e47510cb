"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/signin?notice=signedOut" })} className="min-h-11 rounded-md px-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800">
      {label}
    </button>
  );
}
