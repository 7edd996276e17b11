import { describe, expect, it } from "vitest";
import { messageErrorEntry } from "@/lib/domain";
import type { MessageFilters } from "@/lib/filters";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import type { FixtureMessage } from "@/tests/analytics/build-messages";
import { MESSAGES, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { localParts, referenceBucket } from "@/tests/analytics/reference";
import {
  matchesMessage,
  otherCountry,
  referenceFunnel,
  referenceMessageKpis,
} from "@/tests/analytics/message-reference";
import { getDeliveryFunnel } from "./get-delivery-funnel";
import { getMessageCountries, getMessageErrors, getTopMessageNumbers } from "./get-message-breakdowns";
import { getMessageChannels } from "./get-message-channels";
import { getMessageKpis, type MessageKpiTotals } from "./get-message-kpis";
import { getMessageBusiestHours, getMessageVolume } from "./get-message-volume";
import { usesHourlyStats } from "./sql/facts";
import { MESSAGE_STATS, rebuildStaleMonths } from "@/lib/rollups";

const CASES: [string, Partial<MessageFilters>][] = [
  ["30 days in UTC", {}],
  ["90 days in New York, across the spring-forward change", { range: "90d", tz: "America/New_York" }],
  ["7 days in Kolkata (half-hour offset: halves of rollup hours)", { range: "7d", tz: "Asia/Kolkata" }],
  ["30 days in Kathmandu (quarter-hour offset: read from messages)", { range: "30d", tz: "Asia/Kathmandu" }],
  ["today in Tokyo", { range: "today", tz: "Asia/Tokyo" }],
  [
    "the Lord Howe Island October change day, by hour",
    { range: "custom", from: "2025-10-05", to: "2025-10-05", tz: "Australia/Lord_Howe" },
  ],
  [
    "November to today in Berlin, by week",
    { range: "custom", from: "2025-11-01", to: "2026-03-20", tz: "Europe/Berlin" },
  ],
  // Numbers read whole years, quarters and months from their sums, some less the rest of them.
  ["October to today in UTC: a quarter and this year", { range: "custom", from: "2025-10-01", to: "2026-03-20" }],
  ["April 2025 to today in UTC: every year whole", { range: "custom", from: "2025-04-01", to: "2026-03-20" }],
  [
    "mid-November to late February in UTC: a year less its rest",
    { range: "custom", from: "2025-11-15", to: "2026-02-20" },
  ],
  [
    "one account, outbound, delivered or undelivered",
    {
      range: "90d",
      account: `AC${"3".repeat(32)}`,
      direction: "outbound",
      status: ["delivered", "undelivered"],
    },
  ],
  ["inbound only", { range: "90d", direction: "inbound" }],
  ["a number search", { range: "90d", q: "+44" }],
  ["a custom range with no messages", { range: "custom", from: "2024-01-01", to: "2024-01-31" }],
];

function tally<K>(
  messages: readonly FixtureMessage[],
  key: (m: FixtureMessage) => K,
  value = (_m: FixtureMessage) => 1,
) {
  const totals = new Map<K, number>();
  for (const message of messages) totals.set(key(message), (totals.get(key(message)) ?? 0) + value(message));
  return totals;
}

const segments = (m: FixtureMessage) => m.numSegments ?? 0;

function expectTotals(actual: MessageKpiTotals, messages: readonly FixtureMessage[]) {
  const wanted = referenceMessageKpis(messages);
  const { cost, costPerSegment, deliveryRate, ...counts } = actual;
  const { cost: wantedCost, costPerSegment: wantedPerSegment, deliveryRate: rate, ...wantedCounts } = wanted;
  expect(counts).toEqual(wantedCounts);
  expect(deliveryRate ?? -1).toBeCloseTo(rate ?? -1, 10);
  for (const [list, reference] of [
    [cost, wantedCost],
    [costPerSegment, wantedPerSegment],
  ] as const) {
    expect(list.map((c) => c.currency).sort()).toEqual([...reference.keys()].sort());
    for (const { currency, amount } of list) expect(amount).toBeCloseTo(reference.get(currency) ?? NaN, 6);
  }
}

describe.each(testDatabaseKinds())("the messages overview's queries on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);
  const filtered = (patch: Partial<MessageFilters>) => {
    const { q, range } = fixture.messageQuery(patch);
    return { q, range, messages: MESSAGES.filter((message) => matchesMessage(message, q)) };
  };

  it.each(CASES)("key figures, this period and the one before: %s", async (_name, patch) => {
    const { q, range, messages } = filtered(patch);
    const kpis = await getMessageKpis(q, range.previous);
    expectTotals(kpis.current, messages);
    expectTotals(
      kpis.previous,
      MESSAGES.filter((message) => matchesMessage(message, q, range.previous)),
    );
  });

  it.each(CASES)("messages over time by status: %s", async (_name, patch) => {
    const { q, range, messages } = filtered(patch);
    const volume = await getMessageVolume(q, range.bucket);
    const actual = new Map<string, number>();
    for (const row of volume.rows)
      for (const status of volume.statuses) if (row[status] > 0) actual.set(`${row.bucket} ${status}`, row[status]);
    expect(actual).toEqual(
      tally(messages, (m) => `${referenceBucket(m.dateSent, range.bucket, q.timeZone)} ${m.status}`),
    );
    const buckets = volume.rows.map((row) => row.bucket);
    expect(buckets).toEqual([...new Set(buckets)].sort());
  });

  it.each(CASES)("busiest hours in the zone: %s", async (_name, patch) => {
    const { q, messages } = filtered(patch);
    const cells = await getMessageBusiestHours(q);
    expect(new Map(cells.map((cell) => [`${cell.weekday} ${cell.hour}`, cell.value]))).toEqual(
      tally(messages, (m) => {
        const { weekday, hour } = localParts(m.dateSent, q.timeZone);
        return `${weekday} ${hour}`;
      }),
    );
  });

  it.each(CASES)("delivery funnel and channels: %s", async (_name, patch) => {
    const { q, messages } = filtered(patch);
    const funnel = await getDeliveryFunnel(q);
    expect(Object.fromEntries([...funnel.steps, ...funnel.exits].map((step) => [step.key, step.messages]))).toEqual(
      referenceFunnel(messages),
    );
    const channels = await getMessageChannels(q);
    expect(new Map(channels.map((row) => [row.channel, [row.messages, row.segments]]))).toEqual(
      new Map(
        [...tally(messages, (m) => m.channel)].map(([channel, count]) => [
          channel,
          [count, messages.filter((m) => m.channel === channel).reduce((total, m) => total + segments(m), 0)],
        ]),
      ),
    );
  });

  it.each(CASES)("countries, top numbers and error codes: %s", async (_name, patch) => {
    const { q, messages } = filtered(patch);
    const countries = await getMessageCountries(q, 100);
    expect(new Map(countries.map((row) => [row.country, row.messages]))).toEqual(tally(messages, otherCountry));
    expect(new Map(countries.map((row) => [row.country, row.segments]))).toEqual(
      tally(messages, otherCountry, segments),
    );

    const top = await getTopMessageNumbers(q, 100);
    for (const party of ["from", "to"] as const) {
      expect(new Map(top[party].map((row) => [row.number, row.messages]))).toEqual(tally(messages, (m) => m[party]));
      const countryOf = new Map(messages.map((m) => [m[party], m[party === "from" ? "fromCountry" : "toCountry"]]));
      for (const row of top[party]) expect(row.country).toBe(countryOf.get(row.number));
      expect(top[party].map((row) => row.messages)).toEqual(
        [...top[party].map((row) => row.messages)].sort((a, b) => b - a),
      );
    }

    const errors = await getMessageErrors(q, 100);
    const erred = messages.filter((m) => m.errorCode !== null);
    expect(new Map(errors.map((row) => [row.code, row.messages]))).toEqual(tally(erred, (m) => m.errorCode));
    for (const row of errors) {
      expect(row.share).toBeCloseTo(row.messages / erred.length, 10);
      expect(row.entry).toEqual(messageErrorEntry(row.code));
      expect(row.url).toBe(`https://www.twilio.com/docs/api/errors/${row.code}`);
    }
  });

  it("reads a month whose number sums are stale from its messages, and its quarter and year with it", async () => {
    const { q, messages } = filtered({ range: "custom", from: "2025-10-01", to: "2026-03-20" });
    const expected = tally(messages, (m) => m.to);
    // An import has written into January since its sums: they are out of date until summed again.
    await fixture.db.messageStaleMonth.create({
      data: { connectionId: q.connectionId, month: new Date("2026-01-01T00:00:00Z") },
    });
    // January's month, the first quarter's and 2026's sums all start on the 1st of January.
    await fixture.db.messageMonthlyBreakdown.updateMany({
      where: { connectionId: q.connectionId, month: new Date("2026-01-01T00:00:00Z") },
      data: { messages: { increment: 1000 } },
    });
    try {
      const top = await getTopMessageNumbers(q, 100);
      expect(new Map(top.to.map((row) => [row.number, row.messages]))).toEqual(expected);
    } finally {
      await rebuildStaleMonths(MESSAGE_STATS, q.connectionId);
    }
    expect(await fixture.db.messageStaleMonth.count()).toBe(0);
  });

  it("limits the top lists to the busiest few", async () => {
    const { q } = fixture.messageQuery({ range: "90d" });
    const [errors, top] = await Promise.all([getMessageErrors(q, 2), getTopMessageNumbers(q, 2)]);
    expect([errors.length, top.to.length, top.from.length]).toEqual([2, 2, 2]);
    // The share is of every message with an error, not of the two listed.
    expect(errors.reduce((total, row) => total + row.share, 0)).toBeLessThan(1);
  });

  it("reads the rollups where they give the same answer, so the comparisons above test them", () => {
    expect(usesHourlyStats(fixture.messageQuery({ range: "90d", tz: "America/New_York" }).q, { grouping: "day" })).toBe(
      true,
    );
    expect(usesHourlyStats(fixture.messageQuery({ range: "7d", tz: "Asia/Kolkata" }).q, { grouping: "hour" })).toBe(
      true,
    );
  });

  it("has data in the ranges it tests, so the comparisons mean something", () => {
    const { messages } = filtered({ range: "90d", tz: "America/New_York" });
    const kpis = referenceMessageKpis(messages);
    expect(kpis.messages).toBeGreaterThan(1_500);
    expect([...kpis.cost.keys()].sort()).toEqual(["EUR", "USD"]);
    expect(kpis.undelivered).toBeGreaterThan(0);
    expect(new Set(messages.map((m) => m.channel))).toEqual(new Set(["sms", "mms", "whatsapp", "other"]));
    expect(
      messages.filter((m) => m.errorCode !== null && messageErrorEntry(m.errorCode) === null).length,
    ).toBeGreaterThan(0);
  });
});
