import { afterAll, beforeAll } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import {
  DEFAULT_CALL_FILTERS,
  DEFAULT_MESSAGE_FILTERS,
  resolveRange,
  type CallFilters,
  type MessageFilters,
  type ResolvedRange,
} from "@/lib/filters";
import { rebuildAllMonthlyStats, rebuildHourlyStats } from "@/lib/rollups";
import { openTestDatabase, type TestDatabaseKind } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { toAnalyticsQuery, toMessageQuery, type AnalyticsQuery, type MessageQuery } from "@/lib/analytics";
import { buildCalls, FIXTURE_ACCOUNTS, type FixtureCall } from "./build-calls";
import { buildMessages, type FixtureMessage } from "./build-messages";

/** "Now" for every analytics test: after the US spring-forward of 2026-03-08, inside the data. */
export const NOW = new Date("2026-03-20T15:00:00Z");
const FIRST = new Date("2025-04-01T00:00:00Z");

/**
 * Days on which zones offset by 30 or 45 minutes change their clocks, as UTC stretches around
 * them: Lord Howe Island (half an hour, 2025-04-06 and 2025-10-05) and the Chatham Islands
 * (2025-04-06 and 2025-09-28).
 */
export const CHANGE_DAYS = [
  { start: new Date("2025-04-05T09:00:00Z"), end: new Date("2025-04-06T15:00:00Z") },
  { start: new Date("2025-09-27T10:00:00Z"), end: new Date("2025-09-28T12:00:00Z") },
  { start: new Date("2025-10-04T12:00:00Z"), end: new Date("2025-10-05T14:00:00Z") },
];

export const CALLS = [
  ...buildCalls(3_000, 7, new Date("2025-11-01T00:00:00Z"), new Date("2026-03-20T14:30:00Z")),
  ...CHANGE_DAYS.flatMap((days, index) => buildCalls(160, 11 + index, days.start, days.end)),
];

export const MESSAGES = [
  ...buildMessages(3_000, 21, new Date("2025-11-01T00:00:00Z"), new Date("2026-03-20T14:30:00Z")),
  ...CHANGE_DAYS.flatMap((days, index) => buildMessages(120, 31 + index, days.start, days.end)),
];

async function insertMessages(opened: OpenedDatabase, connectionId: string, messages: readonly FixtureMessage[]) {
  await opened.db.message.createMany({ data: messages.map((message) => ({ ...message, connectionId })) });
}

async function insertCalls(opened: OpenedDatabase, connectionId: string, calls: readonly FixtureCall[]) {
  await opened.db.call.createMany({
    data: calls.map((call) => ({ ...call, connectionId, dateCreated: call.startTime, dateUpdated: call.startTime })),
  });
  await rebuildHourlyStats(connectionId, FIRST, NOW);
  await rebuildAllMonthlyStats(connectionId);
}

/**
 * A fresh database with the fixture calls and messages under one connection of its owner's
 * workspace, plus a second workspace's connection holding others that no query of the first may
 * count. Hourly and monthly stats are rebuilt as lib/sync does.
 */
export function useAnalyticsFixture(kind: TestDatabaseKind) {
  const state = { opened: undefined as OpenedDatabase | undefined, connectionId: "", ownerId: "", workspaceId: "" };
  beforeAll(async () => {
    const opened = await openTestDatabase(kind);
    state.opened = opened;
    const [mine, theirs] = await Promise.all(
      ["mine", "theirs"].map(async (label, index) => {
        const owner = await newWorkspaceOwner(opened.db, `${label}-${kind}@example.com`);
        const connection = await opened.db.twilioConnection.create({
          data: {
            workspaceId: owner.workspaceId,
            connectedById: owner.userId,
            connectAccountSid: `AC${String(index + 5).repeat(32)}`,
          },
        });
        return { ...connection, ownerId: owner.userId };
      }),
    );
    if (!mine || !theirs) throw new Error("connections were not created");
    Object.assign(state, { connectionId: mine.id, ownerId: mine.ownerId, workspaceId: mine.workspaceId });
    await opened.db.twilioAccount.createMany({
      data: FIXTURE_ACCOUNTS.map((a) => ({
        connectionId: mine.id,
        sid: a.sid,
        ownerAccountSid: a.sid,
        friendlyName: a.sid,
        status: "active",
      })),
    });
    await insertCalls(opened, mine.id, CALLS);
    await insertCalls(opened, theirs.id, buildCalls(200, 99, FIRST, NOW));
    await insertMessages(opened, mine.id, MESSAGES);
    await insertMessages(opened, theirs.id, buildMessages(200, 98, FIRST, NOW));
  });
  afterAll(async () => state.opened?.close());

  return {
    /** The owner of the fixture's workspace, and the workspace. */
    get ownerId() {
      return state.ownerId;
    },
    get workspaceId() {
      return state.workspaceId;
    },
    get db() {
      if (!state.opened) throw new Error("fixture not ready");
      return state.opened.db;
    },
    /** The query and resolved range the dashboard would run for these filters at NOW. */
    query(patch: Partial<CallFilters> = {}): { q: AnalyticsQuery; range: ResolvedRange } {
      const filters = { ...DEFAULT_CALL_FILTERS, ...patch };
      const range = resolveRange(filters, NOW);
      return { q: toAnalyticsQuery(state.connectionId, filters, range), range };
    },
    /** The same for the message pages. */
    messageQuery(patch: Partial<MessageFilters> = {}): { q: MessageQuery; range: ResolvedRange } {
      const filters = { ...DEFAULT_MESSAGE_FILTERS, ...patch };
      const range = resolveRange(filters, NOW);
      return { q: toMessageQuery(state.connectionId, filters, range), range };
    },
  };
}
