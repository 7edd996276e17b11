import { describe, expect, it } from "vitest";
import { estimateTotal, planProgress, planWindows, readPlan, type SyncPlan } from "./plan";

describe("planWindows", () => {
  it("covers every day exactly once, newest window first, in whole UTC days", () => {
    const windows = planWindows("calls", new Date("2025-01-01T13:00:00Z"), new Date("2025-12-31T08:00:00Z"), 16);
    expect(windows).toHaveLength(16);
    expect(windows.at(-1)?.from).toBe("2025-01-01T00:00:00.000Z");
    expect(windows[0]?.to).toBe("2026-01-01T00:00:00.000Z");
    const ascending = [...windows].reverse();
    for (let i = 1; i < ascending.length; i += 1) expect(ascending[i]?.from).toBe(ascending[i - 1]?.to);
    for (const w of windows) expect(w.from.endsWith("T00:00:00.000Z") && w.to.endsWith("T00:00:00.000Z")).toBe(true);
  });

  it("never makes more windows than days", () => {
    expect(planWindows("calls", new Date("2025-03-01T10:00:00Z"), new Date("2025-03-02T01:00:00Z"), 16)).toHaveLength(
      2,
    );
  });
});

describe("readPlan", () => {
  it("accepts what it wrote and refuses anything else", () => {
    const plan: SyncPlan = {
      kind: "backfill",
      until: "2026-01-01T00:00:00.000Z",
      windows: planWindows("calls", new Date("2025-01-01"), new Date("2025-01-04"), 2),
    };
    expect(readPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(readPlan({ kind: "other" })).toBeNull();
    expect(readPlan(null)).toBeNull();
    expect(planProgress({ ...plan, windows: plan.windows.map((w, i) => ({ ...w, done: i === 0 })) })).toBe(0.5);
  });
});

describe("estimateTotal", () => {
  const plan = (done: boolean[]): SyncPlan => ({
    kind: "backfill",
    until: "2025-01-05T00:00:00.000Z",
    // Four one-day call windows, newest first, and a message window that must not count.
    windows: [
      ...done.map((isDone, i) => ({
        list: "calls" as const,
        from: `2025-01-0${4 - i}T00:00:00.000Z`,
        to: `2025-01-0${5 - i}T00:00:00.000Z`,
        next: null,
        done: isDone,
      })),
      { list: "messages", from: "2024-01-01T00:00:00.000Z", to: "2025-01-05T00:00:00.000Z", next: null, done: true },
    ],
  });

  it("has no estimate before a call window is read", () => {
    expect(estimateTotal(plan([false, false, false, false]), "calls", 0)).toBeNull();
  });

  it("scales the calls read by the share of the history's span they cover", () => {
    expect(estimateTotal(plan([true, false, false, false]), "calls", 250)).toBe(1000);
    expect(estimateTotal(plan([true, true, true, false]), "calls", 750)).toBe(1000);
  });

  it("never expects fewer calls than were already read", () => {
    expect(estimateTotal(plan([true, true, true, true]), "calls", 980)).toBe(980);
  });

  it("estimates each list from its own windows", () => {
    // The one message window is read: its messages are all there are, whatever the calls' progress.
    expect(estimateTotal(plan([false, false, false, false]), "messages", 40)).toBe(40);
  });
});
