import { z } from "zod";

// The JSON the live parts of the dashboard read, shared by the route handlers that send it and
// the hooks that receive it.

const accountImportSchema = z.object({
  sid: z.string(),
  name: z.string(),
  running: z.boolean(),
  callsImported: z.number(),
  messagesImported: z.number(),
  estimatedCalls: z.number().nullable(),
  estimatedMessages: z.number().nullable(),
  startedAt: z.string().nullable(),
  firstImportComplete: z.boolean(),
});

export const syncStatusSchema = z.object({
  connectionId: z.string(),
  connectionStatus: z.enum(["active", "revoked", "error"]),
  sync: z.object({
    state: z.enum(["pending", "running", "interrupted", "idle", "failed"]),
    percent: z.number().nullable(),
    callsImported: z.number(),
    messagesImported: z.number(),
    accounts: z.number(),
    lastStartedAt: z.string().nullable(),
    lastFinishedAt: z.string().nullable(),
    lastError: z.string().nullable(),
    interruptedAt: z.string().nullable(),
    firstSyncComplete: z.boolean(),
    dataVersion: z.string(),
    perAccount: z.array(accountImportSchema),
  }),
});
export type SyncStatus = z.output<typeof syncStatusSchema>;

export const syncStartedSchema = z.object({ started: z.boolean() });

export const recentCallSchema = z.object({
  sid: z.string(),
  direction: z.string(),
  status: z.string(),
  from: z.string(),
  to: z.string(),
  startTime: z.string(),
  duration: z.number().nullable(),
});

export const recentCallsSchema = z.object({ calls: z.array(recentCallSchema), inProgress: z.number() });
export type RecentCallsResponse = z.output<typeof recentCallsSchema>;
