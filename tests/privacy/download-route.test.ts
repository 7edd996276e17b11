import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { LIMITS } from "@/lib/limits";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { fakeUser, requestScope } from "@/tests/security/fake-request-scope";

vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  getCurrentUser: async () => (requestScope.userId ? fakeUser(requestScope.userId, requestScope.email) : null),
}));

const { GET: download } = await import("@/app/api/account/data/route");
const get = () =>
  download(new NextRequest("http://localhost:3000/api/account/data", { headers: { host: "localhost:3000" } }), {
    params: Promise.resolve({}),
  });

describe.each(testDatabaseKinds())("GET /api/account/data on %s", (kind) => {
  let opened: OpenedDatabase;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const owner = await newWorkspaceOwner(opened.db, `downloader-${kind}@example.com`);
    requestScope.userId = owner.userId;
    requestScope.email = owner.user.email;
  });
  afterAll(async () => {
    requestScope.userId = null;
    requestScope.email = null;
    await opened?.close();
  });

  it("is the person's data as a JSON attachment, so many times an hour, then a 429 with Retry-After", async () => {
    for (let n = 0; n < LIMITS.dataDownload.points; n += 1) {
      const response = await get();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toMatch(
        /^attachment; filename="my-data-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const data = (await response.json()) as { user: { email: string }; calls: unknown[] };
      expect(data.user.email).toBe(`downloader-${kind}@example.com`);
      expect(data.calls).toEqual([]);
    }
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("is a 401 signed out", async () => {
    const userId = requestScope.userId;
    requestScope.userId = null;
    expect((await get()).status).toBe(401);
    requestScope.userId = userId;
  });
});
