import twilio from "twilio";
import { z } from "zod";
import { accountSidSchema, authTokenSchema, connectAppSidSchema } from "@/lib/domain";
import { findHistorySpan } from "@/lib/sync";
import {
  discoverAccounts,
  listPageUrl,
  toTwilioError,
  TwilioError,
  twilioHttpClientFor,
  type DiscoveredAccount,
  type Discovery,
} from "@/lib/twilio";

/** What the check reads: the app's own variables and the AccountSid a person connected. */
const inputSchema = z.object({
  TWILIO_CONNECT_APP_SID: connectAppSidSchema,
  TWILIO_AUTH_TOKEN: authTokenSchema,
  TWILIO_API_BASE_URL: z.url({ error: "must be a URL such as http://127.0.0.1:3030" }).optional(),
  accountSid: accountSidSchema,
});

export type CheckInput = {
  env: Readonly<Record<string, string | undefined>>;
  /** The connected AccountSid (the connect subaccount), from the command line. */
  accountSid: string | undefined;
  print: (line: string) => void;
  /** Retries of 5xx and network failures before giving up (default 2). */
  maxRetries?: number;
};

/** 0: everything was read; 1: Twilio refused or could not be reached; 2: bad input. */
export type CheckExitCode = 0 | 1 | 2;

const RATE_LIMIT_HEADERS = ["twilio-concurrent-requests", "twilio-request-id", "retry-after"];

/**
 * What the app can see with a Connect grant, printed for an operator: how discovery finds the
 * accounts, whether each account's calls and messages are readable, the newest and oldest call,
 * a page's latency and Twilio's rate-limit headers. Only GET requests: it changes nothing, here or
 * at Twilio. The Auth Token is never printed.
 */
export async function runTwilioCheck(input: CheckInput): Promise<CheckExitCode> {
  const parsed = inputSchema.safeParse({ ...pick(input.env), accountSid: input.accountSid ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path[0] === "accountSid" ? "the AccountSid argument" : String(issue?.path[0]);
    input.print(`twilio:check: ${name} ${issue?.message ?? "is invalid"}`);
    return 2;
  }
  const { TWILIO_AUTH_TOKEN: token, TWILIO_API_BASE_URL: apiBaseUrl, accountSid } = parsed.data;
  const http = twilioHttpClientFor({ apiBaseUrl, maxRetries: input.maxRetries ?? 2 });
  const clientFor = (sid: string) => twilio(sid, token, { httpClient: http });
  const api = apiBaseUrl ?? "https://api.twilio.com";
  input.print(`Checking ${accountSid} with Connect App ${parsed.data.TWILIO_CONNECT_APP_SID} at ${api}`);

  let discovery: Discovery;
  try {
    discovery = await discoverAccounts(clientFor, accountSid);
  } catch (error) {
    input.print(`twilio:check: ${failureReason(toTwilioError(error), accountSid, api)}`);
    return 1;
  }
  input.print(`Owner account: ${discovery.ownerAccountSid} (${discovery.ownerFriendlyName})`);
  input.print("Discovery:");
  for (const [source, answer] of Object.entries(discovery.sources))
    input.print(`  ${source.padEnd(18)} ${answer.error ?? `${answer.accounts} account(s)`}`);
  const readable = discovery.accounts.filter((a) => a.access?.callsError === null);
  input.print(`Accounts: ${discovery.accounts.length} found, calls readable in ${readable.length}`);
  const client = clientFor(accountSid);
  for (const account of discovery.accounts) {
    input.print(
      `  ${account.sid} ${role(account, discovery.ownerAccountSid)} "${account.friendlyName}" (${account.status})`,
    );
    input.print(`    found by: ${account.foundBy.join(", ")}`);
    input.print(`    calls: ${access(account, "callsError")}; messages: ${access(account, "messagesError")}`);
    if (account.access?.callsError === null) {
      for (const line of await callsReport(client, account.sid)) input.print(`    ${line}`);
    }
  }
  return 0;
}

function pick(env: CheckInput["env"]) {
  const { TWILIO_CONNECT_APP_SID, TWILIO_AUTH_TOKEN, TWILIO_API_BASE_URL } = env;
  // Unset reads as empty, so the message says what the value must be.
  return {
    TWILIO_CONNECT_APP_SID: TWILIO_CONNECT_APP_SID ?? "",
    TWILIO_AUTH_TOKEN: TWILIO_AUTH_TOKEN ?? "",
    TWILIO_API_BASE_URL: TWILIO_API_BASE_URL || undefined,
  };
}

/** One line an operator can act on; never the token. */
function failureReason(error: TwilioError, accountSid: string, api: string): string {
  switch (error.kind) {
    case "unauthorized":
      return `Twilio refused the credentials (${error.status ?? 401}, error ${error.code ?? 20003}): TWILIO_AUTH_TOKEN is not the Auth Token of the Connect App's account, or ${accountSid} has not authorized the Connect App (unknown, or revoked).`;
    case "not-found":
      return `${accountSid} is not reachable with this grant (${error.status ?? 404}, error ${error.code ?? 20404}).`;
    case "unavailable":
      return error.status === undefined
        ? `could not reach ${api}: ${error.message}`
        : `Twilio is having trouble (${error.status}${error.code ? `, error ${error.code}` : ""}); try again later.`;
    default:
      return error.message;
  }
}

function role(account: DiscoveredAccount, ownerSid: string): string {
  if (account.sid === ownerSid) return "main account";
  return account.isConnectSubaccount ? "connect subaccount" : "subaccount";
}

function access(account: DiscoveredAccount, list: "callsError" | "messagesError"): string {
  if (account.status === "closed") return "not asked (closed)";
  if (!account.access) return "unknown (Twilio did not answer)";
  return account.access[list] ?? "readable";
}

/** The newest and oldest call (a bounded search) and one full page's latency and headers. */
async function callsReport(client: twilio.Twilio, accountSid: string): Promise<string[]> {
  try {
    const now = new Date();
    const span = await findHistorySpan(client, "calls", accountSid, now);
    const url = listPageUrl("calls", accountSid, { from: new Date("2008-01-01T00:00:00Z"), to: now });
    const started = performance.now();
    const response = await client.request({ method: "get", uri: url });
    const latency = Math.round(performance.now() - started);
    const headers = (response.headers ?? {}) as Record<string, unknown>;
    const shown = RATE_LIMIT_HEADERS.map((name) => [name, header(headers, name)] as const)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${String(value)}`);
    return [
      span
        ? `newest call ${span.last.toISOString()}, oldest call on ${span.first.toISOString().slice(0, 10)} (about ${span.estimated} calls)`
        : "no calls",
      `first page of up to 1000 calls: ${latency} ms; ${shown.join(", ") || "no rate-limit headers"}`,
    ];
  } catch (error) {
    return [`reading calls failed: ${toTwilioError(error).message}`];
  }
}

function header(headers: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}
