import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The join button.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["classes"]}>{children}</ClientMessages>;
}
