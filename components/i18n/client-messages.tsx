import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Gives the client components below it the message namespaces they use, and no others: every
 * message sent to the browser is parsed on each page load, and the whole catalogue is about 40 KB.
 * Each area's layout names its namespaces (a missing one shows up as a MISSING_MESSAGE console error,
 * which the accessibility test's page visits fail on).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
