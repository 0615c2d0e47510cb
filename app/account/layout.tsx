import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Password change (auth strings) and account deletion.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["account", "auth"]}>{children}</ClientMessages>;
}
