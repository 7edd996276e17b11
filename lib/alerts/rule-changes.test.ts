import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { createAlertRule, newRuleSchema, ruleChangesSchema, updateAlertRule } from "./index";

// Making a rule that watches a number, and changing a rule: what the forms may set, what they keep,
// and what they refuse.
process.env.ALERT_WEBHOOKS_ALLOW_LOCALHOST = "true";
const NUMBER = "+14155550100";
const SECRET = "a-signing-secret-long-enough";

describe.each(testDatabaseKinds())("rule changes on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;
  let other: Awaited<ReturnType<typeof newWorkspaceOwner>>;
  let connectionId: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `rule-changes-${kind}@example.com`);
    other = await newWorkspaceOwner(opened.db, `rule-changes-other-${kind}@example.com`);
    connectionId = (
      await opened.db.twilioConnection.create({
        data: { workspaceId: owner.workspaceId, connectAccountSid: `AC${"a".repeat(32)}` },
      })
    ).id;
    await opened.db.callInboundNumberHourlyStat.create({
      data: {
        connectionId,
        number: NUMBER,
        hour: new Date("2026-11-02T10:00:00Z"),
        accountSid: `AC${"a".repeat(32)}`,
        status: "completed",
        calls: 3,
      },
    });
  });
  afterAll(async () => opened?.close());

  const create = (fields: Record<string, string>) =>
    createAlertRule(
      owner.workspaceId,
      owner.userId,
      newRuleSchema.parse({
        connectionId,
        accountSid: "",
        webhookUrl: "",
        webhookSecret: "",
        [`notify:${owner.userId}`]: "on",
        ...fields,
      }),
    );
  const update = (workspaceId: string, fields: Record<string, string>) =>
    updateAlertRule(
      workspaceId,
      ruleChangesSchema.parse({ accountSid: "", webhookUrl: "", webhookSecret: "", ...fields }),
    );
  const stored = (id: string) => opened.db.alertRule.findUniqueOrThrow({ where: { id } });

  it("a call rule may watch a number with imported calls, typed as people paste it", async () => {
    const created = await create({ kind: "silent-number", hours: "2", minUsual: "6", number: "+1 (415) 555-0100" });
    if (!created.ok) throw new Error(created.error);
    expect(await stored(created.id)).toMatchObject({ number: NUMBER, params: { hours: 2, minUsual: 6 } });
    expect(await create({ kind: "silent-number", hours: "2", minUsual: "6", number: "+14155550111" })).toEqual({
      ok: false,
      error: expect.stringContaining("No inbound call to +14155550111"),
    });
    expect(await create({ kind: "daily-spend", above: "50", number: NUMBER })).toEqual({
      ok: false,
      error: expect.stringContaining("Only call rules watch one number"),
    });
    expect(
      await create({ kind: "answer-rate", belowPercent: "60", hours: "3", minCalls: "20", number: "sales" }),
    ).toMatchObject({ ok: false, error: expect.stringContaining("international form") });
  });

  it("an edit changes figures, scope and recipients, keeps the webhook when left empty, and removes it when asked", async () => {
    const created = await create({
      kind: "answer-rate",
      belowPercent: "60",
      hours: "3",
      minCalls: "20",
      webhookUrl: "https://127.0.0.1:9/hook",
      webhookSecret: SECRET,
    });
    if (!created.ok) throw new Error(created.error);
    const figures = { belowPercent: "50", hours: "6", minCalls: "40" };
    // Unmailed, with the webhook kept: still someone to tell.
    expect(await update(owner.workspaceId, { ruleId: created.id, ...figures, number: NUMBER })).toEqual({ ok: true });
    expect(await stored(created.id)).toMatchObject({
      kind: "answer-rate",
      connectionId,
      number: NUMBER,
      params: { belowPercent: 50, hours: 6, minCalls: 40 },
      emailUserIds: [],
      webhookUrl: "https://127.0.0.1:9/hook",
      webhookSecret: SECRET,
    });
    // Without the webhook, nobody would hear of it.
    expect(await update(owner.workspaceId, { ruleId: created.id, ...figures, removeWebhook: "on" })).toMatchObject({
      ok: false,
      error: expect.stringContaining("at least one member"),
    });
    const mailed = { ruleId: created.id, ...figures, [`notify:${owner.userId}`]: "on", removeWebhook: "on" };
    expect(await update(owner.workspaceId, mailed)).toEqual({ ok: true });
    expect(await stored(created.id)).toMatchObject({
      number: null,
      emailUserIds: [owner.userId],
      webhookUrl: null,
      webhookSecret: null,
    });
    // Out-of-bounds figures change nothing.
    expect(await update(owner.workspaceId, { ...mailed, belowPercent: "500" })).toMatchObject({ ok: false });
    expect(await stored(created.id)).toMatchObject({ params: { belowPercent: 50 } });
  });

  it("a rule of another workspace is not found, and stays as it was", async () => {
    const created = await create({ kind: "daily-spend", above: "50" });
    if (!created.ok) throw new Error(created.error);
    expect(
      await update(other.workspaceId, { ruleId: created.id, above: "1", [`notify:${other.userId}`]: "on" }),
    ).toMatchObject({ ok: false, missing: true });
    expect(await stored(created.id)).toMatchObject({ params: { above: 50 }, emailUserIds: [owner.userId] });
  });
});
