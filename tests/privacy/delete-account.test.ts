import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { deleteAccount, personalDataJson } from "@/lib/privacy";
import { acceptInvitation, inviteByEmail } from "@/lib/workspaces";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { seedPerson, snapshot, type SeededPerson } from "./people";

const simulator = startAppSimulator();

async function download(person: SeededPerson["user"]): Promise<string> {
  let text = "";
  for await (const part of personalDataJson(person)) text += part;
  return text;
}

describe.each(testDatabaseKinds())("deleting an account on %s", (kind) => {
  let opened: OpenedDatabase;
  let ada: SeededPerson;
  let bea: SeededPerson;
  /** Every table before Ada signed up (Bea's world alone), and with Ada's world beside it. */
  let before: Record<string, string[]>;
  let withAda: Record<string, string[]>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const db = opened.db;
    bea = await seedPerson(db, simulator.current, "Bea", `bea-${kind}@example.com`);
    before = await snapshot(db);
    ada = await seedPerson(db, simulator.current, "Ada", `ada-${kind}@example.com`);
    // Ada also works in Bea's workspace: invited, joined, made a rule there and is mailed by Bea's.
    const invited = await inviteByEmail({
      workspace: { id: bea.workspaceId, name: "Bea's team" },
      email: ada.user.email ?? "",
      role: "admin",
      inviter: { id: bea.user.id, label: "Bea" },
      siteOrigin: "http://app.test",
    });
    if (invited.outcome !== "outbox") throw new Error(`invitation ${invited.outcome}`);
    const token = new URL(invited.link).pathname.split("/").at(-1) ?? "";
    expect(await acceptInvitation(token, ada.user)).toMatchObject({ outcome: "joined" });
    await db.alertRule.create({
      data: {
        workspaceId: bea.workspaceId,
        connectionId: bea.connectionId,
        kind: "answer-rate",
        params: { belowPercent: 50, hours: 3, minCalls: 20 },
        createdById: ada.user.id,
      },
    });
    // Raw, so the rule's updatedAt stays as it was: Bea's rows must read exactly as before.
    await db.$executeRaw`UPDATE "AlertRule" SET "emailUserIds" = array_append("emailUserIds", ${ada.user.id}) WHERE "id" = ${bea.ruleId}`;
    withAda = await snapshot(db);
  });
  afterAll(async () => opened?.close());

  it("had rows of Ada's in every table of the schema", () => {
    const missing = Object.keys(withAda).filter((table) => withAda[table]!.length <= before[table]!.length);
    expect(missing).toEqual([]);
  });

  it("gives each person a download holding their data and nothing of the other's", async () => {
    const adas = await download(ada.user);
    const beas = await download(bea.user);
    const parsed = JSON.parse(beas) as { calls: { sid: string }[]; messages: unknown[]; user: { email: string } };
    expect(parsed.user.email).toBe(bea.user.email);
    expect(parsed.calls.map((call) => call.sid)).toContain(bea.callSid);
    expect(parsed.messages.length).toBeGreaterThan(0);
    expect(adas).toContain(ada.callSid);
    // Ada's address is in Bea's download only as whom Bea invited (her own invitation and trail).
    for (const mark of [ada.user.id, ada.workspaceId, ada.connectionId, ada.connectSid, ada.callSid, ada.ruleId]) {
      expect(beas.includes(mark), `Bea's download holds ${mark}`).toBe(false);
    }
    // Ada is a member of Bea's workspace (and made a rule there), so it is named; its calls are Bea's.
    for (const mark of [bea.user.id, bea.user.email ?? "", bea.connectSid, bea.callSid]) {
      expect(adas.includes(mark), `Ada's download holds ${mark}`).toBe(false);
    }
    // No secret of any kind: tokens, hashes, the webhook's signing secret and its URL's path.
    expect(adas.match(/secret|tokenHash|access_token|sessionToken/gi)).toBeNull();
  });

  it("removes every row tied to Ada and leaves Bea's exactly as they were", async () => {
    await deleteAccount(ada.user);
    const after = await snapshot(opened.db);
    const counts = Object.fromEntries(
      Object.keys(after).map((table) => [table, [before[table]!.length, withAda[table]!.length, after[table]!.length]]),
    );
    console.info(`rows per table on ${kind} (Bea alone, with Ada, after deleting Ada):`, counts);

    // Every row of Bea's world is still there, unchanged.
    for (const table of Object.keys(before)) {
      const rows = new Set(after[table]);
      expect(
        before[table]!.filter((row) => !rows.has(row)),
        table,
      ).toEqual([]);
    }
    // What else is left is the trail of Bea's workspace (Ada's own events there, unlinked from her,
    // and her leaving) and the rule she made there, without its creator.
    const added = Object.entries(after).flatMap(([table, rows]) =>
      rows
        .filter((row) => !new Set(before[table]).has(row))
        .map((row) => ({ table, row: JSON.parse(row) as Record<string, unknown> })),
    );
    expect(added.filter(({ table }) => table !== "AuditEvent" && table !== "AlertRule")).toEqual([]);
    for (const { row } of added) {
      expect(row.workspaceId).toBe(bea.workspaceId);
      expect([null, bea.user.id]).toContain(row.actorId ?? row.createdById ?? null);
    }
    expect(added.map(({ row }) => row.action ?? "rule").sort()).toEqual(
      ["member.deleted_account", "member.invited", "member.joined", "rule"].sort(),
    );
    // Nothing names Ada by her id, her workspace, her connection or her Twilio account anywhere;
    // her address stays only as the subject of Bea's record of inviting her.
    const everything = Object.values(after).flat();
    for (const mark of [ada.user.id, ada.workspaceId, ada.connectionId, ada.connectSid]) {
      expect(everything.filter((row) => row.includes(mark))).toEqual([]);
    }
    expect(
      added.filter(({ row }) => JSON.stringify(row).includes(ada.user.email ?? "")).map(({ row }) => row.action),
    ).toEqual(["member.invited"]);
    expect(everything.filter((row) => row.includes(ada.user.email ?? "")).length).toBe(1);
  });
});
