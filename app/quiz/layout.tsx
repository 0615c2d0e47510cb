import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The quiz runner shows the review screen's verdicts.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["quiz", "review"]}>{children}</ClientMessages>;
}
