import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Study settings, the exam date form, the card browser, FSRS optimisation and the Anki history import.
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["settings", "planning", "cardBrowser", "fsrs", "ankiHistory", "errors"]}>
      {children}
    </ClientMessages>
  );
}
