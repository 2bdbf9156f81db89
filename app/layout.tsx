import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { parsedDictionary } from "@/lib/i18n/parsed-dictionary";
import { getDictionary } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: "AgentIQ Inbox",
  description: "Все чаты покупателей с маркетплейсов в одном окне",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getDictionary();
  return (
    <html lang={locale}>
      <body className="font-sans">
        <Providers locale={locale} dictionary={t} messages={parsedDictionary(locale)}>
          {children}
        </Providers>
      </body>
    </html>
  );
}
