// Time: periods, calendar dates and wall clocks in IANA zones, UTC months.
export type { Period } from "./period";
export { monthsOf, monthStart, quarterStart } from "./utc-months";
export {
  addIsoDays,
  canonicalTimeZone,
  daysBetween,
  isIsoDate,
  shiftZonedDays,
  zonedDate,
  zonedMidnight,
} from "./zoned-time";
