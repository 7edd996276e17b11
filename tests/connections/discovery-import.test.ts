import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { getKpis } from "@/lib/analytics";
import { getConnection, linkTwilioAccount } from "@/lib/connections";
import { syncConnection } from "@/lib/sync";
import { allCalls } from "@/sim/tests/helpers";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

const simulator = startAppSimulator();
const SUBACCOUNTS = 60;

// The strict simulator is Twilio as documented: Accounts.json through the grant names only the
// connect subaccount, queued calls have no start_time, unanswered calls no duration. The
// generous one lists the whole tree and fills those fields. The app must import the same from both.
describe.each(testDatabaseKinds().flatMap((kind) => (["strict", "generous"] as const).map((f) => [kind, f] as const)))(
  "connecting on %s against the %s simulator",
  (kind, fidelity) => {
    let opened: OpenedDatabase;
    let member: Awaited<ReturnType<typeof newWorkspaceOwner>>;

    beforeAll(async () => {
      opened = await openTestDatabase(kind);
      member = await newWorkspaceOwner(opened.db, `discovery-${kind}-${fidelity}@example.com`);
      await simulator.current.control.setFidelity(fidelity);
    });
    afterAll(async () => {
      await simulator.current.control.setFidelity("strict");
      await opened?.close();
    });

    /** Every call Twilio lists for an account, queued ones included (no time filter). */
    async function twilioCalls(connectSid: string, sids: string[]) {
      const client = simulator.current.client(connectSid);
      return (await Promise.all(sids.map((sid) => allCalls(client, sid)))).flat();
    }

    it("imports every readable account's calls exactly once, and the dashboard counts what Twilio has", async () => {
      const control = simulator.current.control;
      const email = `sixty-${kind}-${fidelity}@example.com`;
      const user = await control.createUser({
        name: "Sixty",
        email,
        calls: 200,
        historyDays: 30,
        subaccounts: Array.from({ length: SUBACCOUNTS }, (_, n) => ({
          friendlyName: n === 0 ? "Sales" : `Branch ${n}`,
          calls: 5 + (n % 7),
        })),
      });
      const sales = user.accounts.find((a) => a.friendlyName === "Sales")!;
      const owner = user.ownerAccountSid;
      const branch = user.accounts.find((a) => a.friendlyName === "Branch 1")!;
      await control.setFaults(sales.sid, { denied: true });
      const { calls: queued } = await control.addCalls(owner, { calls: [{ status: "queued" }, { status: "queued" }] });
      await control.addCalls(branch.sid, {
        calls: [{ status: "queued" }, { status: "busy" }, { status: "no-answer" }],
      });

      const connectSid = await simulator.current.connect(email);
      const { connectionId } = await linkTwilioAccount(member.target, connectSid);
      expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });

      const readable = [...user.accounts.map((a) => a.sid).filter((sid) => sid !== sales.sid), connectSid];
      const truth = await twilioCalls(connectSid, readable);
      const stored = await opened.db.call.findMany({ where: { connectionId }, select: { sid: true, status: true } });
      expect(truth.length).toBeGreaterThan(200 + SUBACCOUNTS * 5);
      expect(stored.map((c) => c.sid).sort()).toEqual(truth.map((c) => c.sid).sort());
      expect(
        stored
          .filter((c) => c.status === "queued")
          .map((c) => c.sid)
          .sort(),
      ).toEqual(
        [
          ...queued.map((c) => c.sid),
          ...truth.filter((c) => c.accountSid === branch.sid && c.status === "queued").map((c) => c.sid),
        ].sort(),
      );

      // The overview's key figures over the whole history: what the simulator has, by status.
      const kpis = await getKpis(
        {
          connectionId,
          range: { start: new Date("2000-01-01T00:00:00Z"), end: new Date(Date.now() + 86_400_000) },
          timeZone: "UTC",
        },
        { start: new Date("1999-01-01T00:00:00Z"), end: new Date("2000-01-01T00:00:00Z") },
      );
      const count = (status: string) => truth.filter((c) => c.status === status).length;
      expect(kpis.current).toMatchObject({
        calls: truth.length,
        answered: count("completed"),
        busy: count("busy"),
        failed: count("failed"),
        noAnswer: count("no-answer"),
        durationSeconds: truth.reduce((sum, c) => sum + Number(c.duration ?? 0), 0),
      });

      const connection = await getConnection(member.workspaceId, connectionId);
      expect(connection?.accounts).toHaveLength(SUBACCOUNTS + 2);
      expect(connection?.accounts.find((a) => a.sid === sales.sid)).toMatchObject({
        callsError: "20404 not found",
        messagesError: "20404 not found",
      });
      expect(connection?.accounts.filter((a) => a.callsError === null)).toHaveLength(SUBACCOUNTS + 1);
    });

    it("a later sync finds new subaccounts, marks closed ones (keeping their calls) and updates calls that started", async () => {
      const control = simulator.current.control;
      const email = `later-${kind}-${fidelity}@example.com`;
      const user = await control.createUser({
        name: "Later",
        email,
        calls: 50,
        subaccounts: [{ friendlyName: "Closing", calls: 8 }],
      });
      const closing = user.accounts.find((a) => a.friendlyName === "Closing")!;
      const {
        calls: [queued, abandoned],
      } = await control.addCalls(user.ownerAccountSid, { calls: [{ status: "queued" }, { status: "queued" }] });
      const connectSid = await simulator.current.connect(email);
      const { connectionId } = await linkTwilioAccount(member.target, connectSid);
      await syncConnection(connectionId);
      const closingCalls = await opened.db.call.count({ where: { connectionId, accountSid: closing.sid } });
      expect(closingCalls).toBe(8);

      const { account: opening } = await control.addSubaccount(user.id, { friendlyName: "Opening", calls: 6 });
      await control.updateAccount(closing.sid, { status: "closed" });
      await control.updateCall(user.ownerAccountSid, queued!.sid, { status: "completed", duration: 40 });
      // Canceled before it was dialed: no start_time, so no window lists it; the import asks by SID.
      await control.updateCall(user.ownerAccountSid, abandoned!.sid, { status: "canceled" });
      expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });

      const accounts = (await getConnection(member.workspaceId, connectionId))?.accounts ?? [];
      expect(accounts.find((a) => a.sid === opening.sid)).toMatchObject({ closedAt: null, callsError: null });
      expect(accounts.find((a) => a.sid === closing.sid)?.closedAt).toBeInstanceOf(Date);
      expect(await opened.db.call.count({ where: { connectionId, accountSid: opening.sid } })).toBe(6);
      expect(await opened.db.call.count({ where: { connectionId, accountSid: closing.sid } })).toBe(closingCalls);
      expect(
        await opened.db.call.findUnique({
          where: { connectionId_sid: { connectionId, sid: queued!.sid } },
          select: { status: true, duration: true },
        }),
      ).toEqual({ status: "completed", duration: 40 });
      const stored = await opened.db.call.findUnique({
        where: { connectionId_sid: { connectionId, sid: abandoned!.sid } },
        select: { status: true },
      });
      expect(stored?.status).toBe("canceled");
    });

    it("the import that follows linking does not discover the accounts again; the next sync does", async () => {
      const control = simulator.current.control;
      const email = `linked-${kind}-${fidelity}@example.com`;
      const user = await control.createUser({ name: "Linked", email, calls: 20 });
      const { connectionId } = await linkTwilioAccount(member.target, await simulator.current.connect(email));
      // Opened between linking and the first import: only a discovery can find it.
      const { account: since } = await control.addSubaccount(user.id, { friendlyName: "Since", calls: 3 });
      const sids = async () =>
        ((await getConnection(member.workspaceId, connectionId))?.accounts ?? []).map((a) => a.sid);

      expect(await syncConnection(connectionId, { accountsJustDiscovered: true })).toMatchObject({ status: "done" });
      expect(await sids()).not.toContain(since.sid);
      expect(await syncConnection(connectionId)).toMatchObject({ status: "done" });
      expect(await sids()).toContain(since.sid);
    });
  },
);
