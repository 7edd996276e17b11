import { describe, expect, it } from "vitest";
import { getKpis, getMessageKpis } from "@/lib/analytics";
import { parseCallFilters, resolveRange } from "@/lib/filters";
import { digestFigures, lastWholePeriod, saveDigestSettings, sendDueDigests, unsubscribeToken } from "@/lib/digests";
import { listOutbox } from "@/lib/mail";
import { NOW, useAnalyticsFixture } from "@/tests/analytics/fixture";
import { testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";

// A fixed week of the analytics fixture: NOW is Friday 2026-03-20, so the weekly digest covers
// Monday 2026-03-09 to Sunday 2026-03-15 in New York (which changed its clocks on 03-08).
const TZ = "America/New_York";
const WEEK = { from: "2026-03-09", to: "2026-03-15" };

describe.each(testDatabaseKinds())("digests on %s", (kind) => {
  const fixture = useAnalyticsFixture(kind);

  it("covers the Monday-to-Sunday week before this one, or yesterday", () => {
    expect(lastWholePeriod("weekly", TZ, NOW)).toEqual(WEEK);
    expect(lastWholePeriod("weekly", TZ, new Date("2026-03-16T04:30:00Z"))).toEqual(WEEK); // Monday 00:30 there
    expect(lastWholePeriod("daily", TZ, NOW)).toEqual({ from: "2026-03-19", to: "2026-03-19" });
  });

  it("has the dashboard's figures for the week, and links to exactly that range", async () => {
    const rule = await fixture.db.alertRule.create({
      data: {
        workspaceId: fixture.workspaceId,
        connectionId: (
          await fixture.db.twilioConnection.findFirstOrThrow({ where: { workspaceId: fixture.workspaceId } })
        ).id,
        kind: "failure-share",
        params: { abovePercent: 20, hours: 3, minCalls: 20 },
      },
    });
    const firing = (startedAt: string, resolvedAt: string | null) => ({
      ruleId: rule.id,
      startedAt: new Date(startedAt),
      resolvedAt: resolvedAt ? new Date(resolvedAt) : null,
      figures: {},
      lastFigures: {},
      lastNotifiedAt: new Date(startedAt),
    });
    await fixture.db.alertFiring.createMany({
      data: [
        firing("2026-03-11T15:00:00Z", "2026-03-11T18:00:00Z"), // inside
        firing("2026-03-08T12:00:00Z", "2026-03-09T12:00:00Z"), // clears during the week
        firing("2026-03-01T12:00:00Z", "2026-03-02T12:00:00Z"), // the week before
      ],
    });

    const [digest, ...others] = await digestFigures(fixture.workspaceId, WEEK, TZ, NOW);
    expect(others).toEqual([]);
    const calls = fixture.query({ range: "custom", ...WEEK, tz: TZ });
    const messages = fixture.messageQuery({ range: "custom", ...WEEK, tz: TZ });
    expect(calls.range.start).toEqual(new Date("2026-03-09T04:00:00Z"));
    expect(digest?.calls).toEqual(await getKpis(calls.q, calls.range.previous));
    expect(digest?.calls.current.calls).toBeGreaterThan(0);
    expect(digest?.messages).toEqual(await getMessageKpis(messages.q, messages.range.previous));
    expect(digest?.spend).toBeNull();
    expect(digest?.firings.map((f) => f.startedAt.toISOString())).toEqual([
      "2026-03-08T12:00:00.000Z",
      "2026-03-11T15:00:00.000Z",
    ]);

    const link = new URL(digest?.dashboardPath ?? "", "http://app.test");
    expect(link.pathname).toBe(`/w/${fixture.workspaceId}/dashboard`);
    expect(link.searchParams.get("connection")).toBe(calls.q.connectionId);
    const opened = resolveRange(parseCallFilters(Object.fromEntries(link.searchParams), NOW), NOW);
    expect({ start: opened.start, end: opened.end, previous: opened.previous }).toEqual({
      start: calls.range.start,
      end: calls.range.end,
      previous: calls.range.previous,
    });
  });

  it("sends each period once however many runs race, and nothing to those who opted out", async () => {
    const email = `mine-${kind}@example.com`;
    const stranger = await newWorkspaceOwner(fixture.db, `stranger-${kind}@example.com`);
    await saveDigestSettings(fixture.ownerId, fixture.workspaceId, { enabled: "on", kind: "weekly", timeZone: TZ });
    // A subscription row naming a workspace the person is not a member of is never honoured.
    await fixture.db.digestSubscription.create({
      data: { userId: stranger.userId, workspaceId: fixture.workspaceId, kind: "weekly", timeZone: TZ },
    });

    const runs = await Promise.all([sendDueDigests(NOW), sendDueDigests(NOW), sendDueDigests(NOW)]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    const mail = await listOutbox(email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toContain("2026-03-09 to 2026-03-15");
    const week = fixture.query({ range: "custom", ...WEEK, tz: TZ });
    const { current } = await getKpis(week.q, week.range.previous);
    expect(current.calls).toBeLessThan(1000); // written without a thousands separator
    expect(mail[0]?.text).toContain(`\nCalls: ${current.calls} (`);
    expect(mail[0]?.text).toContain(`/dashboard?range=custom&from=${WEEK.from}&to=${WEEK.to}&tz=America%2FNew_York&`);
    expect(mail[0]?.text).toContain(
      `/unsubscribe?token=${unsubscribeToken({ userId: fixture.ownerId, workspaceId: fixture.workspaceId, kind: "weekly" })}`,
    );
    expect(await listOutbox(stranger.user.email ?? "")).toEqual([]);

    // Later in the same week: the same period, already sent. The next Monday: the next week.
    expect((await sendDueDigests(new Date("2026-03-22T12:00:00Z"))).sent).toBe(0);
    expect((await sendDueDigests(new Date("2026-03-23T12:00:00Z"))).sent).toBe(1);

    await saveDigestSettings(fixture.ownerId, fixture.workspaceId, { enabled: "off" });
    expect((await sendDueDigests(new Date("2026-03-30T12:00:00Z"))).sent).toBe(0);
    expect(await listOutbox(email)).toHaveLength(2);
  });
});
