"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

// While an import streams in, each poll may bring new calls; re-rendering the panels more often
// than this would keep the database busy for little gain.
export const REFRESH_INTERVAL_MS = 2_000;

/**
 * Re-renders the server panels (router.refresh: no reload, no fallback flash, scroll and filters
 * kept) while the stored data is newer than what the page was rendered with. `renderedVersion`
 * comes from the server render, `latestVersion` from the status poll: comparing the two (rather
 * than successive polls) also catches an import that finished before the first poll. During an
 * import refreshes come at most every 2 s; the one after it ends comes at once.
 */
export function useRefreshOnImport(renderedVersion: string, latestVersion: string | null, importRunning: boolean) {
  const router = useRouter();
  const lastRefresh = useRef(0);
  useEffect(() => {
    if (latestVersion === null || latestVersion === renderedVersion) return;
    const wait = importRunning ? Math.max(0, lastRefresh.current + REFRESH_INTERVAL_MS - Date.now()) : 0;
    const timer = setTimeout(() => {
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
    // A newer version within the wait replaces this one, so one refresh covers both.
    return () => clearTimeout(timer);
  }, [renderedVersion, latestVersion, importRunning, router]);
}
