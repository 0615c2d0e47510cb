import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

// The review screen's client components: the review strings (verdict, sync, card info) and the
// graders' feedback on a typed answer.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["review", "quiz.feedbackCodes", "errors"]}>{children}</ClientMessages>;
}
