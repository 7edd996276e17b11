import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { linkTwilioAccount } from "@/lib/connections";
import type { OpenedDatabase } from "@/lib/db";
import { TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { syncConnection } from "@/lib/sync";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { twilioUsage } from "@/tests/helpers/usage-truth";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { createAlertRule, newRuleSchema } from "./index";

// A spend rule along the whole path: usage in Twilio (the simulator) → the import → the rule's
// state and its mail. Yesterday's total is what Twilio lists for it, so a threshold a cent below
// fires and one a cent above does not. The app's clock follows the simulator's.
const simulator = startAppSimulator();
const CENT = 0.01;

describe.each(testDatabaseKinds())("spend alerts after imports on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `spend-alerts-${kind}@example.com`);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await opened?.close();
  });

  async function advance(): Promise<Date> {
    const { now } = await simulator.current.control.advanceClock(1);
    vi.setSystemTime(new Date(now));
    return new Date(now);
  }

  it("fires on yesterday's spend above the threshold, not below it, and stores Twilio's figure", async () => {
    const email = `spend-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({
      name: "spend",
      email,
      calls: 400,
      messages: 200,
      historyDays: 10,
    });
    const connectSid = await simulator.current.connect(email);
    const { connectionId } = await linkTwilioAccount(owner.target, connectSid);
    const account = user.ownerAccountSid;
    const now = await advance();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });

    const yesterday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
    const day = yesterday.toISOString().slice(0, 10);
    const listed = await twilioUsage(simulator.current.client(connectSid), account, {
      first: yesterday,
      last: yesterday,
    });
    const spent = listed.get(`${day}|${TOTAL_PRICE_CATEGORY}`)?.price ?? 0;
    expect(spent).toBeGreaterThan(CENT);

    const rule = async (above: number) => {
      const created = await createAlertRule(
        owner.workspaceId,
        owner.userId,
        newRuleSchema.parse({
          connectionId,
          accountSid: account,
          kind: "daily-spend",
          above: String(above),
          webhookUrl: "",
          webhookSecret: "",
          [`notify:${owner.userId}`]: "on",
        }),
      );
      if (!created.ok) throw new Error(created.error);
      return created.id;
    };
    const over = await rule(spent - CENT);
    const under = await rule(spent + CENT);
    await advance();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });

    const [firing, ...more] = await opened.db.alertFiring.findMany({ where: { ruleId: over } });
    expect(more).toHaveLength(0);
    expect(firing?.figures).toMatchObject({
      verdict: "firing",
      from: `${day}T00:00:00.000Z`,
      values: { spend: expect.closeTo(spent, 5) },
    });
    expect(await opened.db.alertFiring.count({ where: { ruleId: under } })).toBe(0);
    expect(await opened.db.alertRule.findUnique({ where: { id: under } })).toMatchObject({ state: "ok" });
    const mail = await opened.db.outboxMail.findMany({ where: { to: owner.user.email ?? "" } });
    expect(mail.map((m) => m.subject)).toEqual([expect.stringMatching(/^Alert firing: Spend per day too high/)]);
    expect(mail[0]?.text).toContain(`on ${day}, the latest complete UTC day`);
  });
});
