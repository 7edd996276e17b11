import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/digests/unsubscribe/route";
import UnsubscribePage from "@/app/unsubscribe/page";
import type { OpenedDatabase } from "@/lib/db";
import { findDigestSubscription, readUnsubscribeToken, saveDigestSettings, unsubscribeToken } from "@/lib/digests";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

// The link in every digest works without signing in, so its token is the only authority: it must
// name one person's digest of one workspace, and nothing else may pass for it.
const post = (token: string) =>
  POST(new Request(`http://app.test/api/digests/unsubscribe?token=${encodeURIComponent(token)}`, { method: "POST" }));

/** What the confirm page does with a token: asks (renders) or is not found (Next's 404 digest). */
async function openPage(token: string): Promise<"asks" | "not-found"> {
  try {
    await UnsubscribePage({ searchParams: Promise.resolve({ token }) });
    return "asks";
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not-found";
    throw error;
  }
}

/** The same payload under a signature made with another key, as someone without the secret would. */
function forge(token: string): string {
  const [payload] = token.split(".");
  return `${payload}.${Buffer.alloc(32, 7).toString("base64url")}`;
}

describe.each(testDatabaseKinds())("digest unsubscribe links on %s", (kind) => {
  let opened: OpenedDatabase;
  let alice: Awaited<ReturnType<typeof newWorkspaceOwner>>;
  let bob: Awaited<ReturnType<typeof newWorkspaceOwner>>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    alice = await newWorkspaceOwner(opened.db, `alice-${kind}@example.com`);
    bob = await newWorkspaceOwner(opened.db, `bob-${kind}@example.com`);
    for (const person of [alice, bob]) {
      await saveDigestSettings(person.userId, person.workspaceId, { enabled: "on", kind: "weekly", timeZone: "UTC" });
    }
  });
  afterAll(async () => opened.close());

  it("reads back only what it was made with", () => {
    const claim = { userId: alice.userId, workspaceId: alice.workspaceId, kind: "weekly" as const };
    const token = unsubscribeToken(claim);
    expect(readUnsubscribeToken(token)).toEqual(claim);
    expect(readUnsubscribeToken(forge(token))).toBeNull();
    // Bob's id in Alice's signature: the payload no longer matches what was signed.
    const [, signature] = token.split(".");
    const bobs = Buffer.from(JSON.stringify([bob.userId, alice.workspaceId, "weekly"])).toString("base64url");
    expect(readUnsubscribeToken(`${bobs}.${signature}`)).toBeNull();
    for (const malformed of ["", "abc", "a.b.c", `${token}.x`, "x".repeat(500), `${btoa("[1,2]")}.${signature}`]) {
      expect(readUnsubscribeToken(malformed)).toBeNull();
    }
  });

  it("unsubscribes the one digest it names, and answers 4xx to forged, malformed or stale tokens", async () => {
    const token = unsubscribeToken({ userId: alice.userId, workspaceId: alice.workspaceId, kind: "weekly" });
    expect(await openPage(token)).toBe("asks");
    expect(await openPage(forge(token))).toBe("not-found");
    expect(await openPage("not-a-token")).toBe("not-found");
    expect((await post(forge(token))).status).toBe(400);
    expect((await post("not-a-token")).status).toBe(400);
    // A daily token while the subscription is weekly: made for settings that have changed.
    const daily = unsubscribeToken({ userId: alice.userId, workspaceId: alice.workspaceId, kind: "daily" });
    expect((await post(daily)).status).toBe(410);
    expect(await findDigestSubscription(alice.userId, alice.workspaceId)).not.toBeNull();

    const done = await post(token);
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/unsubscribe?done=1");
    expect(await findDigestSubscription(alice.userId, alice.workspaceId)).toBeNull();
    expect(await findDigestSubscription(bob.userId, bob.workspaceId)).not.toBeNull();
    expect((await post(token)).status).toBe(410);
    expect(await openPage(token)).toBe("not-found");
  });
});
