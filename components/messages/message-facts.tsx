import { countryName } from "@/components/dashboard/country-name";
import type { MessageDetail } from "@/lib/analytics";
import {
  messageChannelLabel,
  messageDirectionLabel,
  messageErrorEntry,
  messageStatusLabel,
  messageWasSent,
  twilioErrorUrl,
} from "@/lib/domain";
import { viewerFormats } from "@/lib/viewer";

type Props = { message: MessageDetail; timeZone: string };

const muted = "text-slate-600 dark:text-slate-400";

const withCountry = (address: string, country: string | null) =>
  country ? `${address} (${countryName(country)})` : address;

/** Every stored field of a message as a description list (the body is never stored). */
export async function MessageFacts({ message }: { message: MessageDetail }) {
  const { formatNumber, formatPrice } = await viewerFormats();
  const count = (value: number | null) => (value === null ? "—" : formatNumber(value));
  const facts: [string, string][] = [
    ["Status", messageStatusLabel(message.status)],
    ["Direction", messageDirectionLabel(message.direction)],
    ["Channel", messageChannelLabel(message.channel)],
    ["From", withCountry(message.from, message.fromCountry)],
    ["To", withCountry(message.to, message.toCountry)],
    ["Segments", count(message.numSegments)],
    ["Media files", count(message.numMedia)],
    [
      "Cost",
      message.price === null
        ? "Not priced yet"
        : `${formatPrice(message.price, message.priceUnit)}${message.priceUnit ? ` (${message.priceUnit})` : ""}`,
    ],
    ["Messaging service", message.messagingServiceSid ?? "None"],
    ["Account", message.accountSid],
    ["Message SID", message.sid],
  ];
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="message-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="min-w-0">
          <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
          <dd className="truncate font-medium tabular-nums" title={value}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Why a message has no send time. */
function notSent(status: string): string {
  if (status === "failed") return "Never sent: Twilio refused it";
  if (status === "canceled") return "Never sent: canceled";
  return "Not sent yet";
}

/**
 * What Twilio's Message resource tells of a message's life: when it was created, sent (or
 * received) and last updated, with the status it has now. Twilio keeps nothing in between.
 */
export async function MessageHistory({ message, timeZone }: Props) {
  const { formatInstant } = await viewerFormats();
  const inbound = message.direction === "inbound";
  const steps: [string, string][] = [
    ["Created", formatInstant(message.dateCreated, timeZone)],
    [
      inbound ? "Received" : "Sent",
      messageWasSent(message.status) ? formatInstant(message.dateSent, timeZone) : notSent(message.status),
    ],
    [`Last update: ${messageStatusLabel(message.status)}`, formatInstant(message.dateUpdated, timeZone)],
  ];
  return (
    <section aria-labelledby="message-history" className="space-y-3">
      <h2 id="message-history" className="text-base font-semibold">
        Status history
      </h2>
      <ol className="space-y-1 text-sm" data-testid="message-history">
        {steps.map(([label, value]) => (
          <li key={label} className="flex flex-wrap gap-x-3">
            <span className="min-w-44 font-medium">{label}</span>
            <span className="tabular-nums">{value}</span>
          </li>
        ))}
      </ol>
      <p className={`text-sm ${muted}`}>
        Twilio keeps no fuller history of a message: its record holds only when it was created, sent and last updated,
        and the status it has now. The steps in between (queued, sending…) and their times are not kept.
      </p>
    </section>
  );
}

/** A message's error code: the dictionary's title and meaning, and Twilio's own page on it. */
export function MessageError({ code }: { code: number }) {
  const entry = messageErrorEntry(code);
  return (
    <section aria-labelledby="message-error" className="space-y-2" data-testid="message-error">
      <h2 id="message-error" className="text-base font-semibold">
        Error {code}
        {entry ? `: ${entry.title}` : ""}
      </h2>
      <p className="text-sm">
        {entry ? entry.meaning : "The app's error dictionary does not describe this code; Twilio's page does."}
      </p>
      <a
        href={twilioErrorUrl(code)}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-block text-sm font-medium text-link hover:underline"
      >
        Twilio&apos;s page on error {code}
        <span aria-hidden="true"> ↗</span>
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
    </section>
  );
}
