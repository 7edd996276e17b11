// What the app's log of an e2e run must not contain, gathered from the run itself: the secrets it
// was given, the session cookies its browsers held, and every phone number and message body in
// the simulator's Twilio accounts (the seeded ones and those the specs created).
import { existsSync, readFileSync } from "node:fs";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import { E2E_SECRETS, SESSION_COOKIES_FILE, SIM_URL } from "./config";
import { sim } from "./fixtures";

const E164 = /\+\d{7,15}/g;
/** A number as people write it: digits with spaces, brackets, dots or hyphens between them. */
const WRITTEN_NUMBER = /\d[\d ().-]*\d/g;
/** Bodies shorter than this ("OK", "Yes") could appear in a log line by coincidence. */
const MIN_BODY_LENGTH = 12;

export type Forbidden = { secrets: string[]; numbers: Set<string>; bodies: Set<string> };

/** Every record of a simulated account's list, read with the account's own credentials. */
async function listAll(sid: string, authToken: string, list: "Calls" | "Messages"): Promise<object[]> {
  const authorization = `Basic ${Buffer.from(`${sid}:${authToken}`).toString("base64")}`;
  const key = list.toLowerCase();
  const records: object[] = [];
  let uri: string | null = `/2010-04-01/Accounts/${sid}/${list}.json?PageSize=1000`;
  while (uri) {
    const response = await fetch(`${SIM_URL}${uri}`, { headers: { Authorization: authorization } });
    // A closed account's lists cannot be read, by the app either.
    if (!response.ok) return records;
    const page = (await response.json()) as Record<string, unknown>;
    records.push(...(page[key] as object[]));
    uri = page.next_page_uri as string | null;
  }
  return records;
}

/** A number in the forms a log could hold it: E.164 digits, national digits, with the trunk 0. */
function digitForms(e164: string): string[] {
  const parsed = parsePhoneNumberFromString(e164);
  const national = parsed ? [parsed.nationalNumber, parsed.formatNational().replace(/\D/g, "")] : [];
  return [e164.slice(1), ...national];
}

export async function forbiddenInLog(): Promise<Forbidden> {
  const state = await sim.state();
  const accounts = state.users.flatMap((user) => user.accounts);
  const numbers = new Set<string>();
  const bodies = new Set<string>();
  for (const account of accounts) {
    const [calls, messages] = await Promise.all([
      listAll(account.sid, account.authToken, "Calls"),
      listAll(account.sid, account.authToken, "Messages"),
    ]);
    for (const record of [...calls, ...messages]) {
      for (const number of JSON.stringify(record).match(E164) ?? []) numbers.add(number);
      const body = (record as { body?: string }).body;
      if (body && body.length >= MIN_BODY_LENGTH) bodies.add(body);
    }
  }
  const cookies = existsSync(SESSION_COOKIES_FILE)
    ? readFileSync(SESSION_COOKIES_FILE, "utf8").split("\n").filter(Boolean)
    : [];
  return {
    secrets: [...Object.values(E2E_SECRETS), ...accounts.map((a) => a.authToken), ...cookies],
    numbers,
    bodies,
  };
}

/** What of the forbidden the log holds: each secret, number (in any written form) and body found. */
export function leaksIn(log: string, { secrets, numbers, bodies }: Forbidden): string[] {
  const forms = new Map<string, string>();
  for (const number of numbers) for (const form of digitForms(number)) forms.set(form, number);
  const found = new Set<string>();
  for (const secret of secrets) if (log.includes(secret)) found.add(`secret ${secret.slice(0, 6)}…`);
  // Each written number whole, and each run of digits in it alone (a written number can run into
  // the digits beside it).
  for (const written of log.match(WRITTEN_NUMBER) ?? []) {
    for (const digits of [written.replace(/\D/g, ""), ...(written.match(/\d+/g) ?? [])]) {
      const number = forms.get(digits);
      if (number) found.add(`phone number ${number} (as "${written}")`);
    }
  }
  for (const body of bodies) if (log.includes(body)) found.add(`message body "${body.slice(0, 20)}…"`);
  return [...found];
}
