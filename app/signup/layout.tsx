import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The sign-up form.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["auth", "errors"]}>{children}</ClientMessages>;
}
