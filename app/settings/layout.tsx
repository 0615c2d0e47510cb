import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Study settings, the exam date form and the card browser.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["settings", "planning", "cardBrowser", "errors"]}>{children}</ClientMessages>;
}
