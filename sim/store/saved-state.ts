import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { CONNECT_PERMISSIONS } from "../config";
import { CALL_DIRECTIONS, CALL_STATUSES, FINAL_CALL_STATUSES, type CallRecord } from "../data/call-record";
import { COUNTRY_CODES } from "../data/countries";
import { MESSAGE_CHANNELS, MESSAGE_DIRECTIONS, MESSAGE_OUTCOMES, type MessageRecord } from "../data/message-record";
import type { RecordLog } from "../data/record-log";
import type { SimStore } from "./sim-store";
import type { Authorization, SimAccount, UserSpec } from "./types";

/*
 * What a simulator saves to keep its Twilio world across restarts: the users as created (with the
 * instant, since a history ends when its user was created), the Connect subaccounts and
 * authorizations, the clock, and the calls and messages added or changed at run time. Generated
 * records are not saved: the same seed and instants generate them again. Faults are a test's
 * settings and start afresh.
 */

const FORMAT_VERSION = 1;

const accountSpecSchema = z.object({ friendlyName: z.string(), calls: z.number(), messages: z.number() });
const userSpecSchema: z.ZodType<UserSpec> = z.object({
  name: z.string(),
  email: z.string(),
  country: z.enum(COUNTRY_CODES),
  timeZone: z.string(),
  historyDays: z.number(),
  type: z.enum(["Full", "Trial"]),
  owner: accountSpecSchema,
  subaccounts: z.array(accountSpecSchema),
});

const callRecordSchema = z.object({
  sid: z.string(),
  accountSid: z.string(),
  parentCallSid: z.string().nullable(),
  direction: z.enum(CALL_DIRECTIONS),
  from: z.string(),
  to: z.string(),
  phoneNumberSid: z.string().nullable(),
  createdSec: z.number(),
  startSec: z.number(),
  ringSec: z.number(),
  endSec: z.number(),
  outcome: z.enum(FINAL_CALL_STATUSES),
  ratePerMinute: z.number(),
  priceDelaySec: z.number(),
  answeredBy: z.string().nullable(),
  forwardedFrom: z.string().nullable(),
  callerName: z.string().nullable(),
  queueTimeMs: z.number(),
  statusOverride: z.enum(CALL_STATUSES).optional(),
  priceOverride: z.string().nullable().optional(),
  updatedOverrideSec: z.number().optional(),
  undialed: z.boolean().optional(),
}) satisfies z.ZodType<CallRecord>;

const messageRecordSchema = z.object({
  sid: z.string(),
  accountSid: z.string(),
  direction: z.enum(MESSAGE_DIRECTIONS),
  channel: z.enum(MESSAGE_CHANNELS),
  from: z.string(),
  to: z.string(),
  body: z.string(),
  numSegments: z.number(),
  numMedia: z.number(),
  outcome: z.enum(MESSAGE_OUTCOMES),
  errorCode: z.number().nullable(),
  messagingServiceSid: z.string().nullable(),
  createdSec: z.number(),
  dequeuedSec: z.number(),
  sentSec: z.number(),
  settledSec: z.number(),
  readSec: z.number().nullable(),
  cost: z.number(),
  priceDelaySec: z.number(),
}) satisfies z.ZodType<MessageRecord>;

/** One account's records added or patched at run time (RecordLog.runtime). */
function runtimeLogSchema<Shape extends z.ZodRawShape>(record: z.ZodObject<Shape>) {
  return z.object({
    accountSid: z.string(),
    added: z.array(record),
    patches: z.array(z.tuple([z.string(), record.partial()])),
  });
}

const authorizationSchema = z.object({
  accountSid: z.string(),
  connectAppSid: z.string(),
  userId: z.string(),
  permissions: z.array(z.enum(CONNECT_PERMISSIONS)),
  active: z.boolean(),
  createdSec: z.number(),
  revokedSec: z.number().nullable(),
}) satisfies z.ZodType<Authorization>;

const savedStateSchema = z.object({
  version: z.literal(FORMAT_VERSION),
  seed: z.number(),
  connectAppSid: z.string(),
  clock: z.object({ clockOffsetSec: z.number(), frozenAtSec: z.number(), runtimeSerial: z.number() }),
  users: z.array(z.object({ spec: userSpecSchema, atSec: z.number() })),
  connectSubaccounts: z.array(z.object({ userId: z.string(), atSec: z.number() })),
  authorizations: z.array(authorizationSchema),
  calls: z.array(runtimeLogSchema(callRecordSchema)),
  // Files saved before messages could be added at run time have none.
  messages: z.array(runtimeLogSchema(messageRecordSchema)).default([]),
});

export type SavedState = z.infer<typeof savedStateSchema>;

export function saveState(store: SimStore): SavedState {
  const accounts = [...store.accounts.values()];
  return {
    version: FORMAT_VERSION,
    seed: store.config.seed,
    connectAppSid: store.config.connectAppSid,
    clock: store.clockState(),
    users: [...store.createdUsers],
    connectSubaccounts: accounts
      .filter((account) => account.connectAppSid !== null)
      .map((account) => ({ userId: account.userId, atSec: account.createdSec })),
    authorizations: [...store.authorizations.values()],
    calls: runtimeLogs(accounts, (account) => account.calls),
    messages: runtimeLogs(accounts, (account) => account.messages),
  };
}

function runtimeLogs<T extends { sid: string }>(accounts: SimAccount[], log: (account: SimAccount) => RecordLog<T>) {
  return accounts
    .map((account) => ({ accountSid: account.sid, ...log(account).runtime() }))
    .filter((runtime) => runtime.added.length > 0 || runtime.patches.length > 0);
}

/** Re-creates a saved simulator; refuses state saved under another seed or Connect App. */
export function restoreState(store: SimStore, input: unknown): void {
  const saved = savedStateSchema.parse(input);
  if (saved.seed !== store.config.seed || saved.connectAppSid !== store.config.connectAppSid)
    throw new Error("it was saved with another seed or Connect App");
  store.clear(saved.clock);
  for (const { spec, atSec } of saved.users) store.createUser(spec, atSec);
  for (const { userId, atSec } of saved.connectSubaccounts) {
    const user = store.users.get(userId);
    if (user) store.connectSubaccount(user, atSec);
  }
  for (const authorization of saved.authorizations) store.authorizations.set(authorization.accountSid, authorization);
  for (const { accountSid, ...runtime } of saved.calls) store.accounts.get(accountSid)?.calls.restoreRuntime(runtime);
  for (const { accountSid, ...runtime } of saved.messages)
    store.accounts.get(accountSid)?.messages.restoreRuntime(runtime);
}

/** Loads the state file into the store; a missing file starts from the seed. */
export async function loadStateFile(store: SimStore, path: string): Promise<"restored" | "new"> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "new";
    throw error;
  }
  try {
    restoreState(store, JSON.parse(text));
    return "restored";
  } catch (error) {
    throw new Error(
      `Cannot restore the simulator from ${path} (${(error as Error).message}); delete it to start afresh`,
      {
        cause: error,
      },
    );
  }
}

/**
 * Writes the state after each change, one write at a time (a change during a write triggers one
 * more), through a temporary file and a rename so a crash never leaves half a file.
 */
export function stateFileWriter(store: SimStore, path: string): { changed(): void; flush(): Promise<void> } {
  let writing: Promise<void> | null = null;
  let pending = false;
  const write = async () => {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(saveState(store)));
    await rename(temporary, path);
  };
  const run = (): Promise<void> => {
    pending = false;
    writing = write()
      .catch((error: unknown) => console.error(`[sim] could not save its state to ${path}:`, error))
      .finally(() => {
        writing = null;
        if (pending) void run();
      });
    return writing;
  };
  return {
    changed() {
      if (writing) pending = true;
      else void run();
    },
    async flush() {
      while (writing) await writing;
      await run();
    },
  };
}
