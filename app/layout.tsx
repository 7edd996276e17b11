import type { Metadata } from "next";
import type { ReactNode } from "react";
import { themeInitScript } from "@/components/shell/theme-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Call Analytics for Twilio", template: "%s · Call Analytics for Twilio" },
  description: "Connect your Twilio account and see where your calls go, what they cost and when they peak.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Sets the theme class before first paint, so dark mode never flashes light. */}
        <script dangerouslySetInnerHTML={{ __html: themeInitScript }} />
      </head>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
