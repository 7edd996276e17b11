import { z } from "zod";
import { addIsoDays, zonedDate } from "@/lib/time";

export const DIGEST_KINDS = ["weekly", "daily"] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];
export const digestKindSchema = z.enum(DIGEST_KINDS);

/** A digest's days, inclusive, as YYYY-MM-DD in the subscriber's zone: the dashboard's custom range. */
export type DigestDays = { from: string; to: string };

/** 0 for Monday … 6 for Sunday: the dashboards' weeks start on Monday. */
function mondayIndex(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * The last whole period before `now` in the zone: yesterday for a daily digest, and for a weekly
 * one the Monday-to-Sunday week before this week's Monday. Sending it any day of the next
 * period names the same days, so a late run still sends the one digest, never a second.
 */
export function lastWholePeriod(kind: DigestKind, timeZone: string, now: Date): DigestDays {
  const today = zonedDate(now, timeZone);
  if (kind === "daily") {
    const yesterday = addIsoDays(today, -1);
    return { from: yesterday, to: yesterday };
  }
  const monday = addIsoDays(today, -mondayIndex(today));
  return { from: addIsoDays(monday, -7), to: addIsoDays(monday, -1) };
}
