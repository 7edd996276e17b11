import { describe, expect, it } from "vitest";
import { TOTAL_PRICE_CATEGORY } from "@/lib/domain";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { ACCOUNTS, NOW, useUsageFixture } from "@/tests/spend/usage-fixture";
import { coveringRecords, priceOf } from "@/tests/spend/usage-reference";
import { checkRule } from "./checks";

// The spend rules against the spend tests' usage records (NOW is March 20, 2026, 15:00 UTC), each
// threshold a cent either side of the figure the fixture's own records add up to, so a rule that
// read the wrong day, the wrong account or today's partial usage would land on the wrong side.

const [, SALES] = ACCOUNTS;
const CENT = 0.01;
const spend = (from: string, to: string, accountSid?: string) =>
  priceOf(coveringRecords(from, to, accountSid), TOTAL_PRICE_CATEGORY);

describe.each(testDatabaseKinds())("spend rules on %s", (kind) => {
  const fixture = useUsageFixture(kind);
  const scope = (accountSid: string | null = null) => ({
    connectionId: fixture.connectionId,
    accountSid,
    number: null,
  });

  it("spend per day: yesterday's total, the latest complete UTC day, above or below the threshold", async () => {
    const yesterday = spend("2026-03-19", "2026-03-19");
    expect(yesterday).toBeGreaterThan(CENT);
    const rule = (above: number) => ({ kind: "daily-spend", params: { above } }) as const;
    const over = await checkRule(rule(yesterday - CENT), scope(), NOW);
    expect(over).toMatchObject({
      verdict: "firing",
      from: "2026-03-19T00:00:00.000Z",
      until: "2026-03-20T00:00:00.000Z",
    });
    expect(over.values.spend).toBeCloseTo(yesterday, 5);
    expect(over.summary).toContain("2026-03-19, the latest complete UTC day");
    expect(await checkRule(rule(yesterday + CENT), scope(), NOW)).toMatchObject({ verdict: "clear" });
    // One account: only its own records.
    const sales = spend("2026-03-19", "2026-03-19", SALES.sid);
    const salesFigures = await checkRule(rule(sales + CENT), scope(SALES.sid), NOW);
    expect(salesFigures).toMatchObject({ verdict: "clear" });
    expect(salesFigures.values.spend).toBeCloseTo(sales, 5);
  });

  it("month projection: the complete days' average × the month's days against the budget", async () => {
    // March 1–19 are complete on the 20th; today's partial usage is not averaged.
    const projection = (spend("2026-03-01", "2026-03-19") / 19) * 31;
    const rule = (budget: number) => ({ kind: "month-projection", params: { budget } }) as const;
    const over = await checkRule(rule(projection - CENT), scope(), NOW);
    expect(over).toMatchObject({
      verdict: "firing",
      from: "2026-03-01T00:00:00.000Z",
      until: "2026-03-21T00:00:00.000Z",
      values: { completeDays: 19, daysInMonth: 31 },
    });
    expect(over.values.projection).toBeCloseTo(projection, 5);
    expect(over.values.monthToDate).toBeCloseTo(spend("2026-03-01", "2026-03-20"), 5);
    expect(await checkRule(rule(projection + CENT), scope(), NOW)).toMatchObject({ verdict: "clear" });
    // On the 1st no day is complete: nothing is decided, however small the budget.
    const first = new Date("2026-03-01T12:00:00Z");
    expect(await checkRule(rule(CENT), scope(), first)).toMatchObject({
      verdict: "unknown",
      values: { projection: null },
    });
  });
});
