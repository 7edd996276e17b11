export const DAY_SECONDS = 86_400;

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, "0"));
// A page formats thousands of dates from a few days, so the day part is built once per day.
let cachedDay = NaN;
let cachedDayText = "";

// Twilio's wire dates are RFC 2822 with a numeric zone: "Tue, 10 Aug 2010 08:02:17 +0000".
export function rfc2822(sec: number): string {
  // Whole seconds exactly as Date would see them: it truncates to milliseconds first.
  const whole = Math.floor(Math.trunc(sec * 1000) / 1000);
  const day = Math.floor(whole / DAY_SECONDS);
  if (day !== cachedDay) {
    cachedDay = day;
    // "Tue, 10 Aug 2010 00:00:00 GMT" without its time and zone.
    cachedDayText = new Date(day * DAY_SECONDS * 1000).toUTCString().slice(0, -"00:00:00 GMT".length);
  }
  const time = whole - day * DAY_SECONDS;
  return `${cachedDayText}${TWO_DIGITS[Math.floor(time / 3600)]}:${TWO_DIGITS[Math.floor(time / 60) % 60]}:${TWO_DIGITS[time % 60]} +0000`;
}

export function isoSeconds(sec: number): string {
  return new Date(sec * 1000).toISOString().replace(".000Z", "Z");
}
