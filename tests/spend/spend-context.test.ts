import { describe, expect, it } from "vitest";
import { loadSpendDashboardContext } from "@/lib/dashboard";
import { NOW, useUsageFixture } from "./usage-fixture";

describe("the spend page's context", () => {
  const fixture = useUsageFixture("pglite");

  it("reads the range as UTC days and only the filters usage has, without notices for the others", async () => {
    // 05:00 on March 21 in Kiribati, still March 20 in UTC.
    const context = await loadSpendDashboardContext(
      fixture.workspaceId,
      { range: "7d", tz: "Pacific/Kiritimati", status: "no-such,busy", direction: "inbound", q: "+44" },
      NOW,
    );
    expect(context?.query).toEqual({
      connectionId: fixture.connectionId,
      accountSid: undefined,
      from: "2026-03-14",
      to: "2026-03-20",
    });
    expect(context?.filters).toMatchObject({ tz: "Pacific/Kiritimati", direction: "all", status: [], issues: [] });
    expect(context?.filters.q).toBeUndefined();
  });

  it("still says when the range or account it reads is malformed", async () => {
    const context = await loadSpendDashboardContext(fixture.workspaceId, { range: "forever", account: "AC1" }, NOW);
    expect(context?.filters.issues).toHaveLength(2);
    expect([context?.query.from, context?.query.to]).toEqual(["2026-02-19", "2026-03-20"]);
  });
});
