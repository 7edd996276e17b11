"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

// While a first import streams in, the status changes on every poll; re-rendering every panel
// that often would keep the database busy for little gain.
const MIN_INTERVAL_MS = 10_000;

/**
 * Re-renders the server panels (router.refresh: no reload, scroll and filters kept) whenever the
 * data behind them changed: `signature` summarises what was imported. The first value is what the
 * page was rendered with, so it does not refresh on mount; changes come through at most every 10 s.
 */
export function useRefreshOnImport(signature: string | null) {
  const router = useRouter();
  const seen = useRef<string | null>(null);
  const lastRefresh = useRef(0);
  useEffect(() => {
    if (signature === null) return;
    const changed = seen.current !== null && seen.current !== signature;
    seen.current = signature;
    if (!changed) return;
    const wait = Math.max(0, lastRefresh.current + MIN_INTERVAL_MS - Date.now());
    const timer = setTimeout(() => {
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
    // A newer change within the wait replaces this one, so one refresh covers both.
    return () => clearTimeout(timer);
  }, [signature, router]);
}
