"use client";

import useSWR from "swr";
import { fetchJson } from "./fetcher";
import { recentCallsSchema } from "./schemas";

/** The newest calls and the live-call count, polled every 5 s (paused while the tab is hidden, as SWR does). */
export function useRecentCalls(connectionId: string | null, accountSid?: string) {
  const params = new URLSearchParams(connectionId ? { connection: connectionId } : {});
  if (accountSid) params.set("account", accountSid);
  const { data, error, isLoading } = useSWR(
    connectionId ? `/api/calls/recent?${params.toString()}` : null,
    (key: string) => fetchJson(key, recentCallsSchema),
    { refreshInterval: 5_000 },
  );
  return { calls: data?.calls ?? [], inProgress: data?.inProgress ?? 0, error: error as Error | undefined, isLoading };
}
