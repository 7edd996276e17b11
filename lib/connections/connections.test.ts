import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { twilioClientFor } from "@/lib/twilio";
import {
  CONNECT_STATE_TTL_MS,
  ConnectError,
  consumeConnectState,
  createConnectState,
  disconnectConnection,
  getConnection,
  linkTwilioAccount,
  listConnections,
  markConnectionRevoked,
  withConnectionAccess,
} from "./index";

const simulator = startAppSimulator();

describe.each(testDatabaseKinds())("connections on %s", (kind) => {
  let opened: OpenedDatabase;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    alice = (await opened.db.user.create({ data: { email: `alice-${kind}@example.com` } })).id;
    bob = (await opened.db.user.create({ data: { email: `bob-${kind}@example.com` } })).id;
  });
  afterAll(async () => opened?.close());

  async function newGrant(label: string): Promise<string> {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    await simulator.current.control.createUser({ name: label, email, subaccounts: 1, calls: 5 });
    return simulator.current.connect(email);
  }

  describe("the Connect state", () => {
    it("works once, for its own user only", async () => {
      const state = await createConnectState(alice);
      expect(await consumeConnectState(state, bob)).toBe("other-user");
      expect(await consumeConnectState(state, alice)).toBe("ok");
      expect(await consumeConnectState(state, alice)).toBe("used");
    });

    it("expires, and rejects what it never issued", async () => {
      const issuedAt = new Date("2026-01-01T00:00:00Z");
      const state = await createConnectState(alice, issuedAt);
      expect(await consumeConnectState(state, alice, new Date(issuedAt.getTime() + CONNECT_STATE_TTL_MS + 1))).toBe(
        "expired",
      );
      expect(await consumeConnectState(undefined, alice)).toBe("missing");
      expect(await consumeConnectState("made-up", alice)).toBe("unknown");
    });

    it("lets exactly one of several racing callbacks through", async () => {
      const state = await createConnectState(alice);
      const results = await Promise.all(Array.from({ length: 5 }, () => consumeConnectState(state, alice)));
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
    });
  });

  describe("linking", () => {
    it("stores the connection with every discovered account; linking again updates, never duplicates", async () => {
      const sid = await newGrant("link");
      const first = await linkTwilioAccount(alice, sid);
      const again = await linkTwilioAccount(alice, sid);
      expect(again.connectionId).toBe(first.connectionId);
      const connection = await getConnection(alice, first.connectionId);
      expect(connection?.status).toBe("active");
      expect(connection?.accounts.map((a) => a.sid)).toContain(sid);
      expect(connection?.accounts).toHaveLength(3);
      expect(await opened.db.twilioConnection.count({ where: { connectAccountSid: sid } })).toBe(1);
    });

    it("refuses to attach one Twilio account to a second user", async () => {
      const sid = await newGrant("shared");
      await linkTwilioAccount(alice, sid);
      await expect(linkTwilioAccount(bob, sid)).rejects.toMatchObject({ code: "already_connected" });
      expect(await listConnections(bob)).toHaveLength(0);
    });

    it("refuses an AccountSid Twilio does not vouch for", async () => {
      const error = await linkTwilioAccount(alice, `AC${"9".repeat(32)}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectError);
      expect((error as ConnectError).code).toBe("not_authorized");
    });
  });

  describe("revocation and ownership", () => {
    it("marks a revoked connection once, and reconnecting reactivates it", async () => {
      const sid = await newGrant("revoked");
      const { connectionId } = await linkTwilioAccount(alice, sid);
      expect(await markConnectionRevoked(sid)).toBe(true);
      expect(await markConnectionRevoked(sid)).toBe(false);
      expect((await getConnection(alice, connectionId))?.status).toBe("revoked");
      await linkTwilioAccount(alice, sid);
      expect((await getConnection(alice, connectionId))?.status).toBe("active");
    });

    it("turns a 401/20003 from Twilio into a revoked connection", async () => {
      const sid = await newGrant("denied");
      const { connectionId } = await linkTwilioAccount(alice, sid);
      await simulator.current.control.revoke(sid);
      await expect(
        withConnectionAccess(sid, () => twilioClientFor(sid).api.v2010.accounts(sid).fetch()),
      ).rejects.toMatchObject({ kind: "unauthorized" });
      expect((await getConnection(alice, connectionId))?.status).toBe("revoked");
    });

    it("never shows or deletes one user's connection for another", async () => {
      const sid = await newGrant("private");
      const { connectionId } = await linkTwilioAccount(alice, sid);
      expect(await getConnection(bob, connectionId)).toBeNull();
      expect((await listConnections(bob)).map((c) => c.id)).not.toContain(connectionId);
      expect(await disconnectConnection(bob, connectionId)).toBe(false);
      expect(await getConnection(alice, connectionId)).not.toBeNull();
      expect(await disconnectConnection(alice, connectionId)).toBe(true);
      expect(await opened.db.twilioAccount.count({ where: { connectionId } })).toBe(0);
    });
  });
});
