import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ServiceWorkerRegistration } from "@/components/offline/service-worker-registration";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return {
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("tagline"),
    icons: { icon: "/icons/icon.svg", apple: "/icons/apple-touch-icon.png" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, user] = await Promise.all([getLocale(), getTranslations("app"), getCurrentUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-white font-sans text-slate-900 antialiased dark:bg-slate-900 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-sky-700 focus:px-3 focus:py-2 focus:text-white"
        >
          {t("skipToContent")}
        </a>
        {/* Only the error page's strings for every page; each area's layout adds its own (ClientMessages). */}
        <ClientMessages namespaces={["errors"]}>
          <SiteHeader role={user?.role ?? null} />
          <main id="main" className="mx-auto w-full max-w-3xl px-4 pt-4 pb-16 sm:px-6 lg:max-w-5xl">
            {children}
          </main>
        </ClientMessages>
        <ServiceWorkerRegistration enabled={process.env.NODE_ENV === "production"} />
      </body>
    </html>
  );
}
