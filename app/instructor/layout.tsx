import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The item preview renders cards with the review screen's strings.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["instructor", "classes", "review"]}>{children}</ClientMessages>;
}
