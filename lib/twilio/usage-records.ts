import type twilio from "twilio";
import { z } from "zod";
import { TwilioError } from "./errors";
import { API, fetchEnvelopePage } from "./list-page";

/** Twilio's usage lists the app reads: one record per category per UTC day, or per calendar month. */
export type UsagePeriod = "daily" | "monthly";

const PATHS: Record<UsagePeriod, string> = { daily: "Daily.json", monthly: "Monthly.json" };

/** `YYYY-MM-DD`, a GMT day as Twilio's usage filters and records write it. */
export type UsageDay = string;

/**
 * The first page of an account's own usage records for the GMT days [startDate, endDate] (both
 * inclusive, as Twilio's filters are). IncludeSubaccounts=false: by default an owner account's
 * records include its subaccounts' usage, which the app reads from each subaccount itself.
 */
export function usageRecordsUrl(
  period: UsagePeriod,
  accountSid: string,
  range: { startDate: UsageDay; endDate: UsageDay },
  pageSize = 1000,
): string {
  const query = new URLSearchParams({
    StartDate: range.startDate,
    EndDate: range.endDate,
    IncludeSubaccounts: "false",
    PageSize: String(pageSize),
  });
  return `${API}/2010-04-01/Accounts/${accountSid}/Usage/Records/${PATHS[period]}?${query}`;
}

// Written from Twilio's OpenAPI description (../shared/twilio-oai, schema
// api.v2010.account.usage.usage_record.usage_record_daily; the monthly one is the same): every
// field is nullable there. Count and usage are numeric strings; price is a number, which some
// SDKs and proxies pass on as a string, so both are read.
const numeric = z.string().regex(/^-?\d+(\.\d+)?$/, "not a number");
const day = z.iso.date();
const usageRecordSchema = z.object({
  account_sid: z.string().nullish(),
  category: z.string().nullish(),
  start_date: day.nullish(),
  end_date: day.nullish(),
  count: numeric.nullish(),
  count_unit: z.string().nullish(),
  usage: numeric.nullish(),
  usage_unit: z.string().nullish(),
  price: z.union([z.number(), numeric.transform(Number)]).nullish(),
  price_unit: z.string().nullish(),
  as_of: z.string().nullish(),
});

/** A usage record as the app keeps it; absent numbers are zero. */
export type UsageRecordWire = {
  category: string;
  startDate: UsageDay;
  endDate: UsageDay;
  count: string;
  countUnit: string | null;
  usage: string;
  usageUnit: string | null;
  price: number;
  priceUnit: string | null;
  asOf: Date | null;
};

export type UsagePage = { records: UsageRecordWire[]; nextPageUrl: string | null };

/**
 * One page of usage records, each checked against Twilio's schema: a malformed record is Twilio's
 * failure (502), never a crash of the import. A record without a category or dates (the spec
 * allows null) cannot be placed on a day and is left out.
 */
export async function fetchUsagePage(client: twilio.Twilio, url: string): Promise<UsagePage> {
  const page = await fetchEnvelopePage(client, "usage_records", url);
  const parsed = z.array(usageRecordSchema).safeParse(page.records);
  if (!parsed.success)
    throw new TwilioError(
      "unavailable",
      `Twilio sent a malformed usage record: ${parsed.error.issues[0]?.message}`,
      502,
    );
  const records: UsageRecordWire[] = [];
  for (const record of parsed.data) {
    if (!record.category || !record.start_date || !record.end_date) continue;
    const asOf = record.as_of ? Date.parse(record.as_of) : NaN;
    records.push({
      category: record.category,
      startDate: record.start_date,
      endDate: record.end_date,
      count: record.count ?? "0",
      countUnit: record.count_unit ?? null,
      usage: record.usage ?? "0",
      usageUnit: record.usage_unit ?? null,
      price: record.price ?? 0,
      priceUnit: record.price_unit ?? null,
      asOf: Number.isNaN(asOf) ? null : new Date(asOf),
    });
  }
  return { records, nextPageUrl: page.nextPageUrl };
}
