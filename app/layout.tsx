import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Accord", template: "%s · Accord" },
  description: "Country intelligence, bilateral committees and follow-up for think tanks and policy institutes.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const htmlLang = locale === "zh" ? "zh-Hans" : locale;
  // The request's CSP nonce (proxy.ts), for the few <style> elements React Aria adds itself.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={htmlLang}>
      <head>{nonce && <meta property="csp-nonce" nonce={nonce} />}</head>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <Providers locale={htmlLang}>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
