"use client";

import { useState } from "react";
import useSWR from "swr";
import { fetchJson } from "./fetcher";
import { syncStartedSchema, syncStatusSchema, type SyncStatus } from "./schemas";

const busy = (status: SyncStatus | undefined) => status?.sync.state === "running" || status?.sync.state === "pending";

/**
 * The connection's import status, polled every 2 s while a sync runs (the dashboard fills in at
 * that pace) and every 15 s otherwise; `initial` is the status the page was rendered with, so the
 * first paint already shows it. `refreshNow` asks the server to sync now (a no-op when one runs).
 */
export function useSyncStatus(connectionId: string | null, initial?: SyncStatus) {
  const url = connectionId ? `/api/connections/${encodeURIComponent(connectionId)}/sync` : null;
  const { data, error, isLoading, mutate } = useSWR(url, (key: string) => fetchJson(key, syncStatusSchema), {
    fallbackData: initial,
    refreshInterval: (latest) => (busy(latest) ? 2_000 : 15_000),
  });
  const [isStarting, setStarting] = useState(false);
  const [refreshError, setRefreshError] = useState<Error | null>(null);

  /** Never throws: a refused refresh (a revoked connection answers 409) is kept in `refreshError`. */
  async function refreshNow() {
    if (!url) return;
    setStarting(true);
    setRefreshError(null);
    try {
      await fetchJson(url, syncStartedSchema, { method: "POST" });
      await mutate();
    } catch (failure) {
      setRefreshError(failure instanceof Error ? failure : new Error(String(failure)));
    } finally {
      setStarting(false);
    }
  }

  return {
    status: data ?? null,
    error: error as Error | undefined,
    isLoading,
    isSyncing: busy(data) || isStarting,
    refreshNow,
    refreshError,
  };
}
