import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
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
  // Alice and Bob each own a workspace; `alice.target` links into hers as her.
  let alice: Awaited<ReturnType<typeof newWorkspaceOwner>>;
  let bob: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    alice = await newWorkspaceOwner(opened.db, `alice-${kind}@example.com`);
    bob = await newWorkspaceOwner(opened.db, `bob-${kind}@example.com`);
  });
  afterAll(async () => opened?.close());

  async function newGrant(label: string): Promise<string> {
    const email = `${label}-${kind}-${Date.now()}@example.com`;
    await simulator.current.control.createUser({ name: label, email, subaccounts: 1, calls: 5 });
    return simulator.current.connect(email);
  }

  describe("the Connect state", () => {
    it("works once, for its own user only, and names the workspace Connect was clicked in", async () => {
      const state = await createConnectState(alice.userId, alice.workspaceId);
      expect(await consumeConnectState(state, bob.userId)).toEqual({ check: "other-user" });
      expect(await consumeConnectState(state, alice.userId)).toEqual({ check: "ok", workspaceId: alice.workspaceId });
      expect(await consumeConnectState(state, alice.userId)).toEqual({ check: "used" });
    });

    it("expires, and rejects what it never issued", async () => {
      const issuedAt = new Date("2026-01-01T00:00:00Z");
      const state = await createConnectState(alice.userId, alice.workspaceId, issuedAt);
      const late = new Date(issuedAt.getTime() + CONNECT_STATE_TTL_MS + 1);
      expect(await consumeConnectState(state, alice.userId, late)).toEqual({ check: "expired" });
      expect(await consumeConnectState(undefined, alice.userId)).toEqual({ check: "missing" });
      expect(await consumeConnectState("made-up", alice.userId)).toEqual({ check: "unknown" });
    });

    it("lets exactly one of several racing callbacks through", async () => {
      const state = await createConnectState(alice.userId, alice.workspaceId);
      const results = await Promise.all(Array.from({ length: 5 }, () => consumeConnectState(state, alice.userId)));
      expect(results.filter((r) => r.check === "ok")).toHaveLength(1);
    });
  });

  describe("linking", () => {
    it("stores the connection with every discovered account; linking again updates, never duplicates", async () => {
      const sid = await newGrant("link");
      const first = await linkTwilioAccount(alice.target, sid);
      const again = await linkTwilioAccount(alice.target, sid);
      expect(again.connectionId).toBe(first.connectionId);
      const connection = await getConnection(alice.workspaceId, first.connectionId);
      expect(connection?.status).toBe("active");
      expect(connection?.accounts.map((a) => a.sid)).toContain(sid);
      expect(connection?.accounts).toHaveLength(3);
      expect(await opened.db.twilioConnection.count({ where: { connectAccountSid: sid } })).toBe(1);
      const trail = await opened.db.auditEvent.findMany({
        where: { workspaceId: alice.workspaceId, subject: { contains: sid } },
        orderBy: { createdAt: "asc" },
      });
      expect(trail.map((event) => [event.action, event.actorId])).toEqual([
        ["connection.connected", alice.userId],
        ["connection.reconnected", alice.userId],
      ]);
    });

    it("refuses to attach one Twilio account to a second workspace", async () => {
      const sid = await newGrant("shared");
      await linkTwilioAccount(alice.target, sid);
      await expect(linkTwilioAccount(bob.target, sid)).rejects.toMatchObject({ code: "already_connected" });
      expect(await listConnections(bob.workspaceId)).toHaveLength(0);
    });

    it("refuses an AccountSid Twilio does not vouch for", async () => {
      const error = await linkTwilioAccount(alice.target, `AC${"9".repeat(32)}`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConnectError);
      expect((error as ConnectError).code).toBe("not_authorized");
    });
  });

  describe("revocation and ownership", () => {
    it("marks a revoked connection once, and reconnecting reactivates it", async () => {
      const sid = await newGrant("revoked");
      const { connectionId } = await linkTwilioAccount(alice.target, sid);
      expect(await markConnectionRevoked(sid)).toBe(true);
      expect(await markConnectionRevoked(sid)).toBe(false);
      expect((await getConnection(alice.workspaceId, connectionId))?.status).toBe("revoked");
      await linkTwilioAccount(alice.target, sid);
      expect((await getConnection(alice.workspaceId, connectionId))?.status).toBe("active");
    });

    it("turns a 401/20003 from Twilio into a revoked connection", async () => {
      const sid = await newGrant("denied");
      const { connectionId } = await linkTwilioAccount(alice.target, sid);
      await simulator.current.control.revoke(sid);
      await expect(
        withConnectionAccess(sid, () => twilioClientFor(sid).api.v2010.accounts(sid).fetch()),
      ).rejects.toMatchObject({ kind: "unauthorized" });
      expect((await getConnection(alice.workspaceId, connectionId))?.status).toBe("revoked");
    });

    it("never shows or deletes one workspace's connection for another", async () => {
      const sid = await newGrant("private");
      const { connectionId } = await linkTwilioAccount(alice.target, sid);
      expect(await getConnection(bob.workspaceId, connectionId)).toBeNull();
      expect((await listConnections(bob.workspaceId)).map((c) => c.id)).not.toContain(connectionId);
      expect(await disconnectConnection(bob.workspaceId, connectionId, bob.target.actor)).toBe(false);
      expect(await getConnection(alice.workspaceId, connectionId)).not.toBeNull();
      expect(await disconnectConnection(alice.workspaceId, connectionId, alice.target.actor)).toBe(true);
      expect(await opened.db.twilioAccount.count({ where: { connectionId } })).toBe(0);
      const disconnected = await opened.db.auditEvent.findMany({
        where: { action: "connection.disconnected", subject: { contains: sid } },
      });
      expect(disconnected.map((event) => [event.workspaceId, event.actorId])).toEqual([
        [alice.workspaceId, alice.userId],
      ]);
    });
  });
});
