"use client";

import { themeInitScript } from "./theme-script";

/**
 * Sets the theme class before first paint, so dark mode never flashes light. Only in the server's
 * HTML: by hydration it has run, and a script element React creates in the browser never runs
 * (React warns "Encountered a script tag" when it renders the document itself, as for a 404 in
 * development). React skips the extra node in <head> when it hydrates.
 */
export function ThemeInit({ nonce }: { nonce: string | undefined }) {
  if (typeof window !== "undefined") return null;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeInitScript }} />;
}
