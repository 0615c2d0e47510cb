import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "./pick-messages";

/**
 * Gives the client components below it the message namespaces they use, and no others: every
 * message sent to the browser is parsed on each page load, and the whole catalogue is about 40 KB.
 * A namespace may be a dotted part of one (see pickMessages). Each area's layout names its
 * namespaces; tests/unit/layers/client-messages.test.ts checks every page gets the namespaces its
 * client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={pickMessages(messages, namespaces) as typeof messages}>
      {children}
    </NextIntlClientProvider>
  );
}
