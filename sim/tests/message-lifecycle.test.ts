import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type twilio from "twilio";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import type { AddMessagesInput } from "../control-client";
import { allMessages, sids, startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;

beforeAll(async () => {
  t = await startTestSim();
  owner = (await t.control.createUser({ name: "Texter", email: "texter@example.com", calls: 0, messages: 50 }))
    .ownerAccountSid;
  client = t.client(await t.connect("texter@example.com"));
});
afterAll(() => t.sim.close());

const nowMs = async () => Date.parse((await t.control.state()).now);
const fetchMessage = (sid: string) => client.api.v2010.accounts(owner).messages(sid).fetch();

async function addMessages(...specs: AddMessagesInput["messages"]): Promise<string[]> {
  const { messages } = await t.control.addMessages(owner, { messages: specs });
  return sids(messages);
}

interface Seen {
  at: number;
  message: MessageInstance;
}

const stateOf = (m: MessageInstance) =>
  [m.status, m.dateSent?.getTime(), m.dateUpdated.getTime(), m.price, m.errorCode].join("|");

/**
 * Each message as listed every `stepSeconds` of simulated time until `done` holds for all (or
 * `maxSteps` pass), keeping each look where something changed: status, date_sent, date_updated,
 * price or error code.
 */
async function watch(sidList: string[], done: (m: MessageInstance) => boolean, stepSeconds = 1, maxSteps = 600) {
  const seen = new Map<string, Seen[]>(sidList.map((sid) => [sid, []]));
  const look = async (at: number) => {
    for (const message of await allMessages(client, owner)) {
      const changes = seen.get(message.sid);
      const last = changes?.at(-1)?.message;
      if (changes && (!last || stateOf(last) !== stateOf(message))) changes.push({ at, message });
    }
  };
  const finished = () => [...seen.values()].every((changes) => done(changes.at(-1)?.message as MessageInstance));
  await look(await nowMs());
  for (let step = 0; step < maxSteps && !finished(); step++) {
    await look(Date.parse((await t.control.advanceClock(stepSeconds)).now));
  }
  return [...seen.values()];
}

const statuses = (changes: Seen[]) => [...new Set(changes.map((c) => c.message.status))];
const firstWith = (changes: Seen[], status: string) => changes.find((c) => c.message.status === status);

describe("messages change with the clock", () => {
  it("an SMS is queued, sending, sent, then delivered, each step within a minute, and priced a little later", async () => {
    const created = await nowMs();
    const body = "Reminder: your delivery arrives tomorrow between 9am and 12pm. ".repeat(3); // 189 GSM-7 characters
    const spec = { direction: "outbound-api", channel: "sms", status: "delivered", to: "+447700900123", body } as const;
    const watched = await watch(await addMessages(...Array.from({ length: 20 }, () => spec)), (m) => m.price !== null);

    for (const changes of watched) {
      expect(statuses(changes)).toEqual(["queued", "sending", "sent", "delivered"]);
      const queued = changes[0]?.message;
      expect([queued?.dateSent, queued?.errorCode]).toEqual([null, null]);
      expect(queued?.dateCreated.getTime()).toBe(created);
      // Each change shows in date_updated at the second it happened; date_sent is when it left the queue.
      for (const { at, message } of changes) expect(message.dateUpdated.getTime()).toBe(at);
      const sending = firstWith(changes, "sending");
      for (const { message } of changes.slice(1)) expect(message.dateSent).toEqual(new Date(sending?.at ?? 0));
      const steps = ["queued", "sending", "sent", "delivered"].map((s) => firstWith(changes, s)?.at ?? NaN);
      for (let i = 1; i < steps.length; i++) {
        expect((steps[i] ?? 0) - (steps[i - 1] ?? 0)).toBeGreaterThan(0);
        expect((steps[i] ?? 0) - (steps[i - 1] ?? 0)).toBeLessThanOrEqual(60_000);
      }

      // No price until a little after the delivery receipt.
      const delivered = firstWith(changes, "delivered");
      const priced = changes.at(-1);
      for (const { message } of changes.slice(0, -1)) expect(message.price).toBeNull();
      expect([priced?.message.status, priced?.message.price, priced?.message.numSegments]).toEqual([
        "delivered",
        "-0.10480", // 2 segments to a UK number at $0.0524
        "2",
      ]);
      expect((priced?.at ?? 0) - (delivered?.at ?? 0)).toBeGreaterThan(0);
      expect((priced?.at ?? 0) - (delivered?.at ?? 0)).toBeLessThanOrEqual(120_000);
    }
  });

  it("a failed message fails as it leaves the queue, with its error, and is never billed", async () => {
    const [sid = ""] = await addMessages({ status: "failed", errorCode: 21610, to: "+14155550100", channel: "sms" });
    const [changes = []] = await watch([sid], (m) => m.status === "failed");
    const failed = changes.at(-1);
    expect(statuses(changes).at(-1)).toBe("failed");
    expect(changes.every(({ message }) => message.status !== "sending" && message.status !== "sent")).toBe(true);
    expect([failed?.message.errorCode, failed?.message.errorMessage]).toEqual([
      21610,
      "Attempt to send to unsubscribed recipient",
    ]);
    expect(failed?.message.dateSent).toEqual(new Date(failed?.at ?? 0));
    await t.control.advanceClock(3600);
    const later = await fetchMessage(sid);
    expect([later.status, later.price, later.dateUpdated]).toEqual(["failed", null, failed?.message.dateUpdated]);
  });

  it("an undelivered message shows its error only once the carrier's receipt comes, and is billed", async () => {
    const [sid = ""] = await addMessages({ status: "undelivered", errorCode: 30003, to: "+14155550101", body: "Hi" });
    const [changes = []] = await watch([sid], (m) => m.price !== null);
    expect(statuses(changes)).toEqual(["queued", "sending", "sent", "undelivered"]);
    for (const { message } of changes) expect(message.errorCode).toBe(message.status === "undelivered" ? 30003 : null);
    expect(changes.at(-1)?.message.price).toBe("-0.00790");
  });

  it("a message without a delivery receipt stays sent, billed like any other", async () => {
    const [sid = ""] = await addMessages({ status: "sent", channel: "sms", to: "+14155550102", body: "Hi" });
    await watch([sid], (m) => m.price !== null);
    await t.control.advanceClock(86_400);
    const later = await fetchMessage(sid);
    expect([later.status, later.price, later.errorCode]).toEqual(["sent", "-0.00790", null]);
  });

  it("a WhatsApp message goes between whatsapp: addresses, is delivered, then read later", async () => {
    const [sid = ""] = await addMessages({ status: "read", to: "+14155550103", from: "+12125550104" });
    const [delivery = []] = await watch([sid], (m) => m.status === "delivered");
    expect(statuses(delivery)).toEqual(["queued", "sending", "sent", "delivered"]);
    const [changes = []] = await watch([sid], (m) => m.status === "read", 60, 8 * 60);
    expect(statuses(changes)).toEqual(["delivered", "read"]);
    const read = changes.at(-1)?.message;
    expect([read?.from, read?.to, read?.numSegments, read?.numMedia, read?.price]).toEqual([
      "whatsapp:+12125550104",
      "whatsapp:+14155550103",
      "1",
      "0",
      "-0.00500",
    ]);
    // Read between the last two looks, and date_updated says exactly when.
    expect(read?.dateUpdated.getTime()).toBeGreaterThan(changes.at(-2)?.at ?? Infinity);
    expect(read?.dateUpdated.getTime()).toBeLessThanOrEqual(changes.at(-1)?.at ?? 0);
  });

  it("an inbound message is received as it is created and priced a little later", async () => {
    const [sid = ""] = await addMessages({ status: "received", channel: "sms", from: "+14155550105", body: "Yes" });
    const [changes = []] = await watch([sid], (m) => m.price !== null);
    expect(statuses(changes)).toEqual(["received"]);
    expect(changes[0]?.message.dateSent).toEqual(changes[0]?.message.dateCreated);
    expect(changes.at(-1)?.message.price).toBe("-0.00790");
  });

  it("pages keep their place while messages move on: the list follows creation, which never changes", async () => {
    const before = await allMessages(client, owner);
    const messages = client.api.v2010.accounts(owner).messages;
    await addMessages({ status: "delivered" });
    let page = await messages.page({ pageSize: 10 });
    const seen = [...page.instances];
    while (page.nextPageUrl) {
      await t.control.advanceClock(7);
      page = await messages.getPage(page.nextPageUrl);
      seen.push(...page.instances);
    }
    expect(sids(seen.slice(1))).toEqual(sids(before));
    for (let i = 1; i < seen.length; i++) {
      const [prev, cur] = [seen[i - 1], seen[i]];
      const byTime = (prev?.dateCreated.getTime() ?? 0) - (cur?.dateCreated.getTime() ?? 0);
      expect(byTime > 0 || (byTime === 0 && (prev?.sid ?? "") > (cur?.sid ?? ""))).toBe(true);
    }
  });
});
