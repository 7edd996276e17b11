import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { linkTwilioAccount } from "@/lib/connections";
import type { OpenedDatabase } from "@/lib/db";
import { syncConnection } from "@/lib/sync";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { startWebhookReceiver, type ReceivedHook } from "@/tests/helpers/webhook-receiver";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import {
  createAlertRule,
  deliverDueAlerts,
  evaluateConnectionAlerts,
  newRuleSchema,
  RETRY_DELAYS_MINUTES,
} from "./index";

// The whole path with the simulator: calls added in Twilio → an import → the rule's state →
// mail in the outbox and signed webhooks at a local receiver. The app's clock follows the
// simulator's (frozen, moved on by the tests), so "the last 3 hours" means the same on both sides.
process.env.ALERT_WEBHOOKS_ALLOW_LOCALHOST = "true";
const simulator = startAppSimulator();
const receiver = startWebhookReceiver();
const SECRET = "a-webhook-secret-of-some-length";
const MINUTE = 60_000;
/** The failure-share preset, as the form posts it. */
const FAILURE_SHARE = { kind: "failure-share", abovePercent: "20", hours: "3", minCalls: "20" };

/** A failed, busy and no-answer call for each of `rounds`, and `answered` completed ones, all ending now. */
const burst = (rounds: number, answered: number) => ({
  calls: [
    ...Array.from({ length: rounds }, () =>
      (["failed", "busy", "no-answer"] as const).map((status) => ({ status, duration: 0 })),
    ).flat(),
    ...Array.from({ length: answered }, () => ({ status: "completed" as const, duration: 60 })),
  ],
});

/** Checks a webhook's signature the way a receiver would, without the app's own signing code. */
function expectSigned(hook: ReceivedHook) {
  const timestamp = String(hook.headers["x-alert-timestamp"]);
  const expected = `v1=${createHmac("sha256", SECRET).update(`${timestamp}.${hook.body}`).digest("hex")}`;
  expect(hook.headers["x-alert-signature"]).toBe(expected);
  return JSON.parse(hook.body) as {
    event: string;
    state: string;
    text: string;
    figures: { values: Record<string, number> };
  };
}

describe.each(testDatabaseKinds())("alerts after imports on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `alerts-${kind}@example.com`);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await opened?.close();
  });

  /** Moves the simulator's clock on, and the app's with it. */
  async function advance(seconds = 1): Promise<Date> {
    const { now } = await simulator.current.control.advanceClock(seconds);
    vi.setSystemTime(new Date(now));
    return new Date(now);
  }

  /** A Twilio user with no calls yet, connected into the owner's workspace and imported once. */
  async function connected(label: string) {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({ name: label, email, calls: 0 });
    const { connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email));
    await advance();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    return { connectionId, account: user.ownerAccountSid };
  }

  async function rule(connectionId: string, fields: Record<string, string>) {
    const created = await createAlertRule(
      owner.workspaceId,
      owner.userId,
      newRuleSchema.parse({ connectionId, accountSid: "", webhookUrl: "", webhookSecret: "", ...fields }),
    );
    if (!created.ok) throw new Error(created.error);
    return created.id;
  }

  const mailTo = () =>
    opened.db.outboxMail.findMany({ where: { to: owner.user.email ?? "" }, orderBy: { createdAt: "asc" } });

  it("a burst of failed calls fires once, reminds after a day, and resolves when it ends", async () => {
    const { connectionId, account } = await connected("burst");
    const path = `/burst-${kind}`;
    const ruleId = await rule(connectionId, {
      ...FAILURE_SHARE,
      [`notify:${owner.userId}`]: "on",
      webhookUrl: receiver.url(path),
      webhookSecret: SECRET,
    });
    const mailBefore = (await mailTo()).length;

    await simulator.current.control.addCalls(account, burst(8, 8));
    await advance();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    const fired = await opened.db.alertFiring.findMany({ where: { ruleId } });
    expect(fired).toHaveLength(1);
    expect(fired[0]?.figures).toMatchObject({
      verdict: "firing",
      values: { ended: 32, failed: 8, busy: 8, noAnswer: 8, share: 0.75 },
    });
    const mails = (await mailTo()).slice(mailBefore);
    expect(mails.map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Alert firing: Too many failed/)]);
    expect(mails[0]?.text).toContain("75.0% of 32 ended calls");
    expect(receiver.at(path)).toHaveLength(1);
    const firedHook = expectSigned(receiver.at(path)[0]!);
    expect(firedHook).toMatchObject({ event: "fired", state: "firing", figures: { values: { failed: 8, ended: 32 } } });
    expect(firedHook.text).toContain("75.0%");
    expect(await opened.db.alertRule.findUnique({ where: { id: ruleId } })).toMatchObject({ state: "firing" });

    // Still firing at the next import: nothing new is sent.
    await advance(10 * 60);
    await syncConnection(connectionId);
    expect((await mailTo()).length).toBe(mailBefore + 1);
    expect(receiver.at(path)).toHaveLength(1);

    // A day later, failing again: one reminder.
    await advance(25 * 60 * 60);
    await simulator.current.control.addCalls(account, burst(8, 8));
    await advance();
    await syncConnection(connectionId);
    expect(receiver.at(path).map((hook) => expectSigned(hook).event)).toEqual(["fired", "reminder"]);
    expect((await mailTo()).at(-1)?.subject).toMatch(/^Alert still firing/);

    // The burst is over: normal calls, hours later.
    await advance(4 * 60 * 60);
    await simulator.current.control.addCalls(account, burst(0, 25));
    await advance();
    await syncConnection(connectionId);
    const hooks = receiver.at(path).map(expectSigned);
    expect(hooks.map((hook) => hook.event)).toEqual(["fired", "reminder", "resolved"]);
    expect(hooks[2]).toMatchObject({ state: "ok", figures: { values: { ended: 25, failed: 0 } } });
    expect((await mailTo()).slice(mailBefore).map((mail) => mail.subject.split(":")[0])).toEqual([
      "Alert firing",
      "Alert still firing",
      "Alert resolved",
    ]);
    const [firing] = await opened.db.alertFiring.findMany({ where: { ruleId } });
    expect(firing?.resolvedAt).not.toBeNull();
    expect(await opened.db.alertRule.findUnique({ where: { id: ruleId } })).toMatchObject({ state: "ok" });
  });

  it("a quiet night with 3 calls does not fire the answer-rate rule", async () => {
    const { connectionId, account } = await connected("quiet");
    const ruleId = await rule(connectionId, {
      kind: "answer-rate",
      belowPercent: "60",
      hours: "3",
      minCalls: "20",
      [`notify:${owner.userId}`]: "on",
    });
    const mailBefore = (await mailTo()).length;
    await simulator.current.control.addCalls(account, {
      calls: [
        { status: "no-answer", duration: 0 },
        { status: "busy", duration: 0 },
        { status: "completed", duration: 30 },
      ],
    });
    await advance();
    await syncConnection(connectionId);
    expect(await opened.db.alertFiring.count({ where: { ruleId } })).toBe(0);
    expect((await mailTo()).length).toBe(mailBefore);
    expect(await opened.db.alertRule.findUnique({ where: { id: ruleId } })).toMatchObject({ state: "ok" });
  });

  it("webhook failures are retried with backoff, each answer recorded, until sent or given up", async () => {
    const { connectionId, account } = await connected("retry");
    const paths = { flaky: `/flaky-${kind}`, gone: `/gone-${kind}`, down: `/down-${kind}` };
    receiver.answer(paths.flaky, 503, 503);
    receiver.answer(paths.gone, 404);
    receiver.answer(paths.down, ...RETRY_DELAYS_MINUTES.map(() => 503), 503);
    for (const path of Object.values(paths))
      await rule(connectionId, {
        ...FAILURE_SHARE,
        webhookUrl: receiver.url(path),
        webhookSecret: SECRET,
      });
    await simulator.current.control.addCalls(account, burst(10, 0));
    const start = await advance();
    await syncConnection(connectionId); // fires, and makes each webhook's first attempt
    const delivery = async (path: string) =>
      opened.db.alertDelivery.findFirstOrThrow({ where: { target: receiver.url(path) } });

    expect(await delivery(paths.flaky)).toMatchObject({
      status: "pending",
      attempts: 1,
      responseStatus: 503,
      responseBody: `answered 503 to ${paths.flaky}`,
      nextAttemptAt: new Date(start.getTime() + MINUTE),
    });
    // A refusal that would be the same next time is not retried.
    expect(await delivery(paths.gone)).toMatchObject({ status: "failed", attempts: 1, responseStatus: 404 });

    // Not before its backoff has passed.
    expect(await deliverDueAlerts(new Date(start.getTime() + 30_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    let at = start.getTime();
    for (const [attempt, minutes] of RETRY_DELAYS_MINUTES.entries()) {
      at += minutes * MINUTE;
      await deliverDueAlerts(new Date(at));
      const flaky = await delivery(paths.flaky);
      if (attempt === 0)
        expect(flaky).toMatchObject({ status: "pending", attempts: 2, nextAttemptAt: new Date(at + 2 * MINUTE) });
      if (attempt >= 1) expect(flaky).toMatchObject({ status: "sent", attempts: 3, responseStatus: 200 });
    }
    expect(await delivery(paths.down)).toMatchObject({ status: "failed", attempts: RETRY_DELAYS_MINUTES.length + 1 });
    // Every attempt carried the same body and delivery id, each signed with its own timestamp.
    const attempts = receiver.at(paths.flaky);
    expect(attempts).toHaveLength(3);
    for (const hook of attempts) expectSigned(hook);
    expect(new Set(attempts.map((hook) => hook.body)).size).toBe(1);
    expect(new Set(attempts.map((hook) => hook.headers["x-alert-delivery"])).size).toBe(1);
    expect(receiver.at(paths.down)).toHaveLength(RETRY_DELAYS_MINUTES.length + 1);
  });

  it("two evaluations finishing together fire once and notify once", async () => {
    const { connectionId, account } = await connected("race");
    await simulator.current.control.addCalls(account, burst(10, 0));
    await advance();
    await syncConnection(connectionId); // no rule yet: only the rollups
    const ruleId = await rule(connectionId, {
      ...FAILURE_SHARE,
      [`notify:${owner.userId}`]: "on",
      webhookUrl: receiver.url(`/race-${kind}`),
      webhookSecret: SECRET,
    });
    const now = new Date();
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => evaluateConnectionAlerts(connectionId, now)));
    expect(outcomes.map((outcome) => outcome[ruleId]).sort()).toEqual(["fired", "unchanged", "unchanged", "unchanged"]);
    expect(await opened.db.alertFiring.count({ where: { ruleId } })).toBe(1);
    expect(await opened.db.alertDelivery.count({ where: { firing: { ruleId } } })).toBe(2);
  });

  it("a number that stops receiving calls in its busy hours fires once, naming it, and resolves when calls come back", async () => {
    const HOUR = 60 * 60 * 1000;
    const sales = "+14155550123";
    const support = "+14155550188";
    // Minutes into the hour, so that the hours the rule reads stay put while the test runs.
    let now = await advance();
    if (now.getUTCMinutes() >= 50) now = await advance(15 * 60);
    const current = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
    // Eight weeks of 3 calls an hour to each number in this hour and the two before it, then the
    // same to the support line only, just now: sales has had none in the last two full hours.
    const inbound = (to: string, at: Date) => ({
      to,
      from: "+12025550147",
      direction: "inbound" as const,
      status: "completed" as const,
      duration: 40,
      startTime: at.toISOString(),
    });
    const threeAt = (to: string, hour: Date) =>
      [10, 20, 30].map((minute) => inbound(to, new Date(hour.getTime() + minute * 60_000)));
    const history = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((week) =>
      [-2, -1, 0].flatMap((hours) =>
        [sales, support].flatMap((to) =>
          threeAt(to, new Date(current.getTime() + hours * HOUR - week * 7 * 24 * HOUR)),
        ),
      ),
    );
    const email = `silent-${kind}-${Date.now()}@example.com`;
    const user = await simulator.current.control.createUser({ name: "silent", email, calls: 0 });
    await simulator.current.control.addCalls(user.ownerAccountSid, {
      calls: [...history, ...threeAt(support, new Date(current.getTime() - HOUR))],
    });
    const { connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email));
    await advance();
    expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
    const path = `/silent-${kind}`;
    const ruleId = await rule(connectionId, {
      kind: "silent-number",
      hours: "2",
      minUsual: "5",
      [`notify:${owner.userId}`]: "on",
      webhookUrl: receiver.url(path),
      webhookSecret: SECRET,
    });
    const mailBefore = (await mailTo()).length;

    await advance();
    await syncConnection(connectionId);
    await advance(60);
    await syncConnection(connectionId); // still silent: nothing more is sent
    const [firing, ...more] = await opened.db.alertFiring.findMany({ where: { ruleId } });
    expect(more).toEqual([]);
    expect(firing?.figures).toMatchObject({
      verdict: "firing",
      numbers: [sales],
      values: { silentNumbers: 1, watchedNumbers: 2, usual: 6, weeks: 8 },
    });
    const mails = (await mailTo()).slice(mailBefore);
    expect(mails.map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Alert firing: A number stopped receiving calls/),
    ]);
    expect(mails[0]?.text).toContain(`No inbound call in the 2 h from`);
    expect(mails[0]?.text).toContain(`to ${sales} (usually 6)`);
    // The link opens the inbound calls to that number over those hours.
    expect(mails[0]?.text).toMatch(/q=%2B14155550123/);
    expect(receiver.at(path).map((hook) => expectSigned(hook).event)).toEqual(["fired"]);

    // Calls to sales again, and an hour later the rule reads the hour that had them.
    await simulator.current.control.addCalls(user.ownerAccountSid, { calls: [inbound(sales, await advance())] });
    await advance(60 * 60);
    await syncConnection(connectionId);
    const hooks = receiver.at(path).map(expectSigned);
    expect(hooks.map((hook) => hook.event)).toEqual(["fired", "resolved"]);
    expect(hooks[1]).toMatchObject({ state: "ok", figures: { values: { silentNumbers: 0, watchedNumbers: 2 } } });
    expect((await mailTo()).slice(mailBefore).map((mail) => mail.subject.split(":")[0])).toEqual([
      "Alert firing",
      "Alert resolved",
    ]);
  });
});
