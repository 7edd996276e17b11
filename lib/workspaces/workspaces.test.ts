import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import {
  acceptInvitation,
  actorOf,
  can,
  changeRole,
  INVITATION_TTL_MS,
  inviteByEmail,
  listPendingInvitations,
  MAX_PENDING_INVITATIONS,
  readInvitation,
  removeMember,
  revokeInvitation,
  ROLES,
  workspacesOf,
  type Person,
} from "./index";

const SITE = "http://app.test";

/** The token at the end of an invitation link. */
const tokenOf = (link: string) => link.split("/invite/")[1] ?? "";

describe("roles", () => {
  it("nest: an owner may do all an admin may, an admin all a viewer may", () => {
    const permissions = [
      "view",
      "export",
      "import",
      "connect",
      "disconnect",
      "viewAudit",
      "manageMembers",
      "manageWorkspace",
    ] as const;
    for (const permission of permissions) {
      if (can("viewer", permission)) expect(can("admin", permission)).toBe(true);
      if (can("admin", permission)) expect(can("owner", permission)).toBe(true);
    }
    expect(permissions.filter((p) => can("viewer", p))).toEqual(["view", "export"]);
    expect(permissions.filter((p) => can("admin", p))).toEqual([
      "view",
      "export",
      "import",
      "connect",
      "disconnect",
      "viewAudit",
    ]);
    expect(permissions.filter((p) => can("owner", p))).toEqual([...permissions]);
    expect(ROLES).toEqual(["owner", "admin", "viewer"]);
  });
});

describe.each(testDatabaseKinds())("workspaces on %s", (kind) => {
  let opened: OpenedDatabase;
  let counter = 0;
  const person = async (label: string): Promise<Person> =>
    opened.db.user.create({
      data: { email: `${label}-${(counter += 1)}-${kind}@example.com`, name: label },
      select: { id: true, name: true, email: true },
    });
  /** A person with their personal workspace (as their first page load makes it). */
  const owner = async (label: string) => {
    const who = await person(label);
    const [workspace] = await workspacesOf(who);
    if (!workspace) throw new Error("no personal workspace");
    return { who, workspace };
  };
  const invite = (workspace: { id: string; name: string }, inviter: Person, email: string, now?: Date) =>
    inviteByEmail({ workspace, email, role: "viewer", inviter: actorOf(inviter), siteOrigin: SITE, now });
  const roleOf = async (workspaceId: string, userId: string) =>
    (await opened.db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } } }))?.role ?? null;
  const actions = async (workspaceId: string) =>
    (
      await opened.db.auditEvent.findMany({ where: { workspaceId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
    ).map((event) => event.action);

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  });
  afterAll(async () => opened?.close());

  describe("personal workspaces", () => {
    it("are made once on first use, however many first requests arrive together", async () => {
      const who = await person("first");
      const lists = await Promise.all(Array.from({ length: 5 }, () => workspacesOf(who)));
      expect(new Set(lists.flat().map((w) => w.id)).size).toBe(1);
      expect(lists[0]).toEqual([expect.objectContaining({ role: "owner", personal: true, name: "first's workspace" })]);
      expect(await opened.db.workspace.count({ where: { personalOfId: who.id } })).toBe(1);
    });
  });

  describe("invitations", () => {
    it("join the invited address once, with the role invited, and say so in the trail and the outbox", async () => {
      const { who, workspace } = await owner("inviter");
      const guest = await person("guest");
      const sent = await invite(workspace, who, guest.email!.toUpperCase());
      expect(sent).toMatchObject({ outcome: "outbox", email: guest.email });
      if (sent.outcome !== "outbox") throw new Error("not sent");
      const mail = await opened.db.outboxMail.findFirstOrThrow({ where: { to: guest.email! } });
      expect(mail.text).toContain(sent.link);
      expect(await readInvitation(tokenOf(sent.link))).toMatchObject({ state: "pending", role: "viewer" });

      expect(await acceptInvitation(tokenOf(sent.link), guest)).toEqual({
        outcome: "joined",
        workspaceId: workspace.id,
      });
      expect(await roleOf(workspace.id, guest.id)).toBe("viewer");
      expect(await acceptInvitation(tokenOf(sent.link), guest)).toEqual({ outcome: "unusable" });
      expect((await readInvitation(tokenOf(sent.link)))?.state).toBe("used");
      expect(await actions(workspace.id)).toEqual(["member.invited", "member.joined"]);
    });

    it("refuse anyone signed in with another address", async () => {
      const { who, workspace } = await owner("strict");
      const guest = await person("guest");
      const stranger = await person("stranger");
      const sent = await invite(workspace, who, guest.email!);
      if (sent.outcome !== "outbox") throw new Error("not sent");
      expect(await acceptInvitation(tokenOf(sent.link), stranger)).toEqual({ outcome: "wrong-email" });
      expect(await roleOf(workspace.id, stranger.id)).toBeNull();
      // Still usable by the right person afterwards.
      expect((await acceptInvitation(tokenOf(sent.link), guest)).outcome).toBe("joined");
    });

    it("stop working once expired or revoked, and inviting again replaces the older link", async () => {
      const { who, workspace } = await owner("expiry");
      const guest = await person("guest");
      const longAgo = new Date(Date.now() - INVITATION_TTL_MS - 1000);
      const expired = await invite(workspace, who, guest.email!, longAgo);
      if (expired.outcome !== "outbox") throw new Error("not sent");
      expect((await readInvitation(tokenOf(expired.link)))?.state).toBe("expired");
      expect(await acceptInvitation(tokenOf(expired.link), guest)).toEqual({ outcome: "unusable" });

      const first = await invite(workspace, who, guest.email!);
      const second = await invite(workspace, who, guest.email!);
      if (first.outcome !== "outbox" || second.outcome !== "outbox") throw new Error("not sent");
      expect((await readInvitation(tokenOf(first.link)))?.state).toBe("revoked");
      const pending = await listPendingInvitations(workspace.id);
      expect(pending.map((p) => p.email)).toEqual([guest.email]);
      expect(await revokeInvitation(workspace.id, pending[0]!.id, actorOf(who))).toBe(true);
      expect(await acceptInvitation(tokenOf(second.link), guest)).toEqual({ outcome: "unusable" });
      expect(await roleOf(workspace.id, guest.id)).toBeNull();
    });

    it("are revoked only from their own workspace", async () => {
      const mine = await owner("mine");
      const theirs = await owner("theirs");
      await invite(mine.workspace, mine.who, "someone@example.com");
      const [pending] = await listPendingInvitations(mine.workspace.id);
      expect(await revokeInvitation(theirs.workspace.id, pending!.id, actorOf(theirs.who))).toBe(false);
      expect(await listPendingInvitations(mine.workspace.id)).toHaveLength(1);
    });

    it("are not sent to members, and a workspace has a bounded number pending", async () => {
      const { who, workspace } = await owner("bounded");
      expect(await invite(workspace, who, who.email!)).toEqual({ outcome: "already-member" });
      for (let i = 0; i < MAX_PENDING_INVITATIONS; i += 1) {
        expect((await invite(workspace, who, `bulk-${i}@example.com`)).outcome).toBe("outbox");
      }
      expect(await invite(workspace, who, "one-more@example.com")).toEqual({ outcome: "too-many" });
    });

    it("never read a token that is not one", async () => {
      for (const token of ["", "short", "x".repeat(43), "../../etc/passwd", "\u0000".repeat(43)]) {
        expect(await readInvitation(token)).toBeNull();
        expect((await acceptInvitation(token, await person("anyone"))).outcome).not.toBe("joined");
      }
    });
  });

  describe("members", () => {
    it("change roles and leave a trail; the last owner can be neither demoted nor removed", async () => {
      const { who, workspace } = await owner("boss");
      const colleague = await person("colleague");
      await opened.db.membership.create({ data: { workspaceId: workspace.id, userId: colleague.id, role: "viewer" } });
      expect(await changeRole(workspace.id, who.id, "admin", actorOf(who))).toBe("last-owner");
      expect(await removeMember(workspace.id, who.id, actorOf(who))).toBe("last-owner");
      expect(await changeRole(workspace.id, colleague.id, "owner", actorOf(who))).toBe("ok");
      expect(await changeRole(workspace.id, who.id, "viewer", actorOf(who))).toBe("ok");
      expect(await removeMember(workspace.id, who.id, actorOf(who))).toBe("ok");
      expect(await roleOf(workspace.id, who.id)).toBeNull();
      expect(await removeMember(workspace.id, "nobody", actorOf(colleague))).toBe("not-found");
      expect(await actions(workspace.id)).toEqual(["member.role_changed", "member.role_changed", "member.left"]);
    });

    it("keep an owner when two owners demote each other at once", async () => {
      // A race either side can win, so it is run several times: without the workspace lock, both
      // demotions would read two owners and pass, and some round would end with none.
      for (let round = 0; round < 8; round += 1) {
        const { who: first, workspace } = await owner("first-owner");
        const second = await person("second-owner");
        await opened.db.membership.create({ data: { workspaceId: workspace.id, userId: second.id, role: "owner" } });
        const outcomes = await Promise.all([
          changeRole(workspace.id, first.id, "viewer", actorOf(second)),
          changeRole(workspace.id, second.id, "viewer", actorOf(first)),
        ]);
        expect(outcomes.sort()).toEqual(["last-owner", "ok"]);
        expect(await opened.db.membership.count({ where: { workspaceId: workspace.id, role: "owner" } })).toBe(1);
      }
    });
  });
});
