import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The role form uses the account area's role names.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["admin", "account"]}>{children}</ClientMessages>;
}
