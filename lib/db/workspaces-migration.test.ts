import { afterAll, describe, expect, it } from "vitest";
import { databaseBefore } from "@/tests/helpers/migrations";
import { testDatabaseKinds } from "@/tests/helpers/test-database";

// The workspaces migration on a database that has users, connections and imported calls from
// before it: nothing is lost, and each user's connections move into their own personal workspace.
const WORKSPACES = "20261207033410_workspaces";

describe.each(testDatabaseKinds())("the workspaces migration on %s", (kind) => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it("gives every user a personal workspace and moves their connections and calls into it", async () => {
    const { db, applyRest, close } = await databaseBefore(kind, WORKSPACES);
    cleanup.push(close);
    await db.exec(`
      INSERT INTO "User" ("id", "email", "name", "updatedAt") VALUES
        ('u1', 'ada@example.com', 'Ada', now()), ('u2', 'bob@example.com', NULL, now()), ('u3', NULL, NULL, now());
      INSERT INTO "TwilioConnection" ("id", "userId", "connectAccountSid", "updatedAt") VALUES
        ('c1', 'u1', 'AC${"1".repeat(32)}', now()), ('c2', 'u1', 'AC${"2".repeat(32)}', now()), ('c3', 'u2', 'AC${"3".repeat(32)}', now());
      INSERT INTO "Call" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to", "startTime", "dateCreated", "dateUpdated")
        VALUES ('c1', 'CA${"1".repeat(32)}', 'AC${"1".repeat(32)}', 'inbound', 'completed', '+15550001', '+15550002', now(), now(), now());
      INSERT INTO "ConnectState" ("tokenHash", "userId", "expiresAt") VALUES ('pending', 'u1', now() + interval '10 minutes');
    `);

    expect(await applyRest()).toContain(WORKSPACES);

    const workspaces = await db.query<{ id: string; name: string; personalOfId: string }>(
      `SELECT "id", "name", "personalOfId" FROM "Workspace" ORDER BY "personalOfId"`,
    );
    expect(workspaces.map((w) => [w.personalOfId, w.name])).toEqual([
      ["u1", "Ada's workspace"],
      ["u2", "bob's workspace"],
      ["u3", "Personal workspace"],
    ]);
    const workspaceOf = Object.fromEntries(workspaces.map((w) => [w.personalOfId, w.id]));
    const members = await db.query<{ workspaceId: string; userId: string; role: string }>(
      `SELECT "workspaceId", "userId", "role"::text AS "role" FROM "Membership" ORDER BY "userId"`,
    );
    expect(members).toEqual(["u1", "u2", "u3"].map((u) => ({ workspaceId: workspaceOf[u], userId: u, role: "owner" })));
    const connections = await db.query<{ id: string; workspaceId: string; connectedById: string }>(
      `SELECT "id", "workspaceId", "connectedById" FROM "TwilioConnection" ORDER BY "id"`,
    );
    expect(connections).toEqual([
      { id: "c1", workspaceId: workspaceOf.u1, connectedById: "u1" },
      { id: "c2", workspaceId: workspaceOf.u1, connectedById: "u1" },
      { id: "c3", workspaceId: workspaceOf.u2, connectedById: "u2" },
    ]);
    expect(await db.query(`SELECT "sid" FROM "Call" WHERE "connectionId" = 'c1'`)).toHaveLength(1);
    // A Connect started before the migration names no workspace: it is dropped, not guessed.
    expect(await db.query(`SELECT 1 FROM "ConnectState"`)).toHaveLength(0);
  });
});
