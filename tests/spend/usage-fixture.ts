import { afterAll, beforeAll } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, type TestDatabaseKind } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { buildUsage, type FixtureUsage } from "./build-usage";

/** "Now" for the spend tests: the 20th of March 2026, mid-afternoon UTC. */
export const NOW = new Date("2026-03-20T15:00:00Z");

/**
 * The owner, a subaccount whose daily window starts later and mid-month (its January has a monthly
 * record and daily ones from the 17th), and one whose usage Twilio refuses.
 */
export const ACCOUNTS = [
  { sid: `AC${"1".repeat(32)}`, name: "Owner", dailyFrom: "2025-12-01", seed: 1 },
  { sid: `AC${"2".repeat(32)}`, name: "Sales", dailyFrom: "2026-01-17", seed: 2 },
  { sid: `AC${"3".repeat(32)}`, name: "Closed off", dailyFrom: null, seed: 3 },
] as const;

export const USAGE_ERROR = "20404 not found";

export const USAGE: FixtureUsage[] = ACCOUNTS.flatMap((a) =>
  a.dailyFrom ? buildUsage(a.sid, "2025-09-01", a.dailyFrom, "2026-03-20", a.seed) : [],
);

/**
 * A fresh database with USAGE under one connection of a workspace, and another workspace's
 * connection holding records of the same accounts and days that no query of the first may count.
 */
export function useUsageFixture(kind: TestDatabaseKind) {
  const state = { opened: undefined as OpenedDatabase | undefined, connectionId: "", workspaceId: "" };
  beforeAll(async () => {
    const opened = await openTestDatabase(kind);
    state.opened = opened;
    const [mine, theirs] = await Promise.all(
      ["mine", "theirs"].map(async (label, index) => {
        const owner = await newWorkspaceOwner(opened.db, `${label}-spend-${kind}@example.com`);
        return opened.db.twilioConnection.create({
          data: {
            workspaceId: owner.workspaceId,
            connectedById: owner.userId,
            connectAccountSid: `AC${String(8 + index).repeat(32)}`,
            ownerAccountSid: ACCOUNTS[0].sid,
          },
        });
      }),
    );
    if (!mine || !theirs) throw new Error("connections were not created");
    state.connectionId = mine.id;
    state.workspaceId = mine.workspaceId;
    for (const connection of [mine, theirs]) {
      for (const a of ACCOUNTS) {
        const dailyFrom = connection === mine ? a.dailyFrom : "2025-10-01";
        await opened.db.twilioAccount.create({
          data: {
            connectionId: connection.id,
            sid: a.sid,
            ownerAccountSid: ACCOUNTS[0].sid,
            friendlyName: a.name,
            status: "active",
            usageError: a.dailyFrom ? null : USAGE_ERROR,
            sync: {
              create: {
                connectionId: connection.id,
                usageDailyFrom: dailyFrom ? new Date(`${dailyFrom}T00:00:00Z`) : null,
                usageMonthlyDone: dailyFrom !== null,
              },
            },
          },
        });
      }
    }
    const rows = (connectionId: string, records: readonly FixtureUsage[]) =>
      records.map((r) => ({
        ...r,
        connectionId,
        startDate: new Date(`${r.startDate}T00:00:00Z`),
        endDate: new Date(`${r.endDate}T00:00:00Z`),
        priceUnit: "usd",
      }));
    await opened.db.usageRecord.createMany({ data: rows(mine.id, USAGE) });
    await opened.db.usageRecord.createMany({
      data: rows(theirs.id, buildUsage(ACCOUNTS[0].sid, "2025-09-01", "2025-10-01", "2026-03-20", 77)),
    });
  });
  afterAll(async () => state.opened?.close());
  return {
    get connectionId() {
      return state.connectionId;
    },
    get workspaceId() {
      return state.workspaceId;
    },
  };
}
