import { describe, expect, it } from "vitest";
import { describeAccess, summarizeAccess } from "./access-summary";

const account = (friendlyName: string, callsError: string | null = null, closedAt: Date | null = null) => ({
  friendlyName,
  callsError,
  closedAt,
});

describe("the Connections page's access line", () => {
  it("counts open accounts whose calls are readable and names each that is not", () => {
    const summary = summarizeAccess([
      account("Main"),
      account("Support"),
      account("Sales", "20404 not found"),
      account("Connect"),
      account("Old", "20003 not authorized", new Date()),
    ]);
    expect(summary).toEqual({ readable: 3, open: 4, closed: 1, problems: ["Sales: 20404 not found"] });
    expect(describeAccess(summary)).toBe("3 of 4 accounts readable; Sales: 20404 not found; 1 closed");
  });

  it("says so plainly when everything is readable", () => {
    expect(describeAccess(summarizeAccess([account("Main")]))).toBe("1 of 1 account readable");
  });
});
