import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// Cram reuses the review screen's answer panel.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["cram", "review", "quiz.feedbackCodes"]}>{children}</ClientMessages>;
}
