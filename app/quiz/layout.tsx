import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The quiz runner shows the review screen's verdicts, and the session-expired notice (errors).
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["quiz", "review", "errors"]}>{children}</ClientMessages>;
}
