import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Gives the client components below it the message namespaces they use, and no others: every
 * message sent to the browser is parsed on each page load, and the whole catalogue is about 40 KB.
 * Each area's layout names its namespaces; tests/unit/layers/client-messages.test.ts checks every
 * page gets the namespaces its client components use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
