import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import type { OpenedDatabase } from "./client";

describe.each(testDatabaseKinds())("database on %s", (kind) => {
  let opened: OpenedDatabase;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await opened?.close();
  });

  it("records the committed migrations as Prisma does, and applying again is a no-op", async () => {
    const rows = await opened.connection.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(await applyMigrations(opened.connection)).toEqual([]);
  });

  it("keeps a workspace's connection when the person who connected it is deleted, and deletes it with the workspace", async () => {
    const user = await opened.db.user.create({ data: { email: `owner-${kind}@example.com`, name: "Owner" } });
    const workspace = await opened.db.workspace.create({ data: { name: "Team" } });
    await opened.db.twilioConnection.create({
      data: { workspaceId: workspace.id, connectedById: user.id, connectAccountSid: `AC${"a".repeat(32)}` },
    });
    await opened.db.user.delete({ where: { id: user.id } });
    const stored = await opened.db.twilioConnection.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    expect([stored.status, stored.connectedById]).toEqual(["active", null]);
    await opened.db.workspace.delete({ where: { id: workspace.id } });
    expect(await opened.db.twilioConnection.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("never attaches one Twilio account to two connections", async () => {
    const [a, b] = await Promise.all([
      opened.db.workspace.create({ data: { name: "A" } }),
      opened.db.workspace.create({ data: { name: "B" } }),
    ]);
    const sid = `AC${"b".repeat(32)}`;
    await opened.db.twilioConnection.create({ data: { workspaceId: a.id, connectAccountSid: sid } });
    await expect(
      opened.db.twilioConnection.create({ data: { workspaceId: b.id, connectAccountSid: sid } }),
    ).rejects.toThrow();
  });

  it("reads catalog columns of PostgreSQL's `name` type through Prisma", async () => {
    const rows = await opened.db.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(typeof rows[0]?.db).toBe("string");
  });
});
