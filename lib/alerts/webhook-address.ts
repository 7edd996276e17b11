import "server-only";
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

// Webhook URLs are typed by people and fetched by the server, so they must not reach what only
// the server can (SSRF): https only, to public addresses, checked after DNS resolution and again
// at connect time (the request's own lookup), so a name that re-resolves to 10.0.0.1 between the
// check and the request is refused too. ALERT_WEBHOOKS_ALLOW_LOCALHOST lets http://localhost and
// loopback addresses through for the demo and tests, and nothing else.

// One list per family: a BlockList matches IPv4 addresses against IPv4-mapped IPv6 subnets too,
// so ::ffff:0:0/96 in a shared list would refuse every IPv4 address.
const NOT_PUBLIC_V4 = new BlockList();
const NOT_PUBLIC_V6 = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  NOT_PUBLIC_V4.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96], // IPv4-mapped: whatever IPv4 address it hides
  ["64:ff9b::", 96], // NAT64, likewise
  ["100::", 64],
  ["2001::", 32], // Teredo
  ["2001:db8::", 32],
  ["2002::", 16], // 6to4 embeds an IPv4 address
  ["fc00::", 7], // unique local (AWS's metadata fd00:ec2::254 too)
  ["fe80::", 10], // link-local
  ["fec0::", 10],
  ["ff00::", 8], // multicast
] as const)
  NOT_PUBLIC_V6.addSubnet(network, prefix, "ipv6");

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A target the address policy refuses (code EADDRNOTALLOWED): retrying would be refused again. */
export function refused(message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(message);
  error.code = "EADDRNOTALLOWED";
  return error;
}

const localAllowed = () => env().ALERT_WEBHOOKS_ALLOW_LOCALHOST;

/** Whether the server may send a webhook to this IP address. */
export function isAllowedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const type = family === 4 ? "ipv4" : "ipv6";
  if (localAllowed() && LOOPBACK.check(address, type)) return true;
  return !(family === 4 ? NOT_PUBLIC_V4 : NOT_PUBLIC_V6).check(address, type);
}

/** What is wrong with a webhook URL before any lookup, or null: scheme, credentials, IP literals. */
export function webhookUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "is not a URL";
  }
  const local = localAllowed() && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return "must start with https://";
  if (url.username || url.password) return "must not hold a user name or password";
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (isIP(literal) !== 0 && !isAllowedAddress(literal)) return "must point at a public address";
  return null;
}

/** webhookUrlProblem, then every address the host name resolves to must be allowed. */
export async function checkWebhookUrl(raw: string): Promise<string | null> {
  const problem = webhookUrlProblem(raw);
  if (problem) return problem;
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) return null;
  const addresses = await new Promise<LookupAddress[] | null>((resolve) =>
    dnsLookup(host, { all: true }, (error, found) => resolve(error ? null : found)),
  );
  if (!addresses || addresses.length === 0) return "has a host name that does not resolve";
  return addresses.every((entry) => isAllowedAddress(entry.address)) ? null : "must point at a public address";
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A DNS lookup for http(s).request that refuses to connect to any address not allowed. */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || !addresses.every((entry) => isAllowedAddress(entry.address)))
      return callback(refused(`${hostname} resolves to an address webhooks may not reach.`), []);
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    callback(null, first!.address, first!.family);
  });
}
