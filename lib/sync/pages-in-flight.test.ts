import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenedDatabase } from "@/lib/db";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { linkTwilioAccount } from "@/lib/connections";
import { syncConnection } from "./index";

// Counts the full pages (not the one-record probes that find a history's span) being fetched at
// once, across every import of this process.
const fetching = vi.hoisted(() => ({ now: 0, most: 0 }));
vi.mock("@/lib/twilio", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/twilio")>();
  return {
    ...actual,
    fetchListPage: async (...args: Parameters<typeof actual.fetchListPage>) => {
      if (new URL(args[2]).searchParams.get("PageSize") !== "1000") return actual.fetchListPage(...args);
      fetching.most = Math.max(fetching.most, (fetching.now += 1));
      try {
        return await actual.fetchListPage(...args);
      } finally {
        fetching.now -= 1;
      }
    },
  };
});

const simulator = startAppSimulator();

describe("pages in flight", () => {
  let opened: OpenedDatabase;
  beforeAll(async () => (opened = await openTestDatabase("pglite")));
  afterAll(async () => opened?.close());

  it("stay at a dozen however many accounts of a connection import at once", async () => {
    const { target } = await newWorkspaceOwner(opened.db, "pages@example.com");
    const email = `pages-${Date.now()}@example.com`;
    // Three accounts of five windows each: fifteen windows want a page at the same time.
    const twilioUser = await simulator.current.control.createUser({
      name: "Pages",
      email,
      calls: 5000,
      subaccounts: [
        { friendlyName: "One", calls: 5000 },
        { friendlyName: "Two", calls: 5000 },
      ],
    });
    for (const account of twilioUser.accounts)
      await simulator.current.control.setFaults(account.sid, { latencyMs: 100 });
    const { connectionId } = await linkTwilioAccount(target, await simulator.current.connect(email));

    expect(await syncConnection(connectionId)).toEqual({ status: "done", records: 15_000 });
    expect(fetching.most).toBeGreaterThan(6);
    expect(fetching.most).toBeLessThanOrEqual(12);
  });
});
