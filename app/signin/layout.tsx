import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The sign-in form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
