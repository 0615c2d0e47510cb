import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Study settings and the exam date form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["settings", "planning"]}>{children}</ClientMessages>;
}
