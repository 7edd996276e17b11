// Twilio's wire dates are RFC 2822 with a numeric zone: "Tue, 10 Aug 2010 08:02:17 +0000".
export function rfc2822(sec: number): string {
  return new Date(sec * 1000).toUTCString().replace("GMT", "+0000");
}

export function isoSeconds(sec: number): string {
  return new Date(sec * 1000).toISOString().replace(".000Z", "Z");
}

export const DAY_SECONDS = 86_400;
