import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { ThemeInit } from "@/components/shell/theme-init";
import { LocaleProvider } from "@/components/ui/formats";
import { viewerLocale } from "@/lib/viewer";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Call Analytics for Twilio", template: "%s · Call Analytics for Twilio" },
  description: "Connect your Twilio account and see where your calls go, what they cost and when they peak.",
  // Drawn by scripts/make-icons.ts (npm run icons) from the logo's mark.
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
  manifest: "/manifest.webmanifest",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The CSP nonce proxy.ts made for this response. Reading it renders every page per request,
  // which nonces need: a page built ahead of time would carry scripts without one.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeInit nonce={nonce} />
      </head>
      <body className="min-h-screen">
        {/* Numbers and dates follow the viewer's locale; the words stay English. */}
        <LocaleProvider locale={await viewerLocale()}>{children}</LocaleProvider>
      </body>
    </html>
  );
}
