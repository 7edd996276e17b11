// One locale and one clock for every page. Client components (charts, the live panel) are also
// rendered on the server, and a locale read from either environment would differ between the two
// and break hydration; the 24-hour clock reads the same in every country the app serves.
export const LOCALE = "en-US";
export const HOUR_CYCLE = "h23";
