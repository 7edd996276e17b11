import type { UsageItem } from "../api/usage-list";
import { TOTAL_PRICE } from "../data/usage-categories";
import { isoSeconds } from "../lib/twilio-time";

/** A usage record as api.twilio.com serializes it (schema api.v2010.account.usage.usage_record.usage_record_daily). */
export interface WireUsageRecord {
  account_sid: string;
  api_version: string;
  as_of: string;
  category: string;
  count: string;
  count_unit: string;
  description: string;
  end_date: string;
  price: number;
  price_unit: string;
  start_date: string;
  subresource_uris: Record<string, string>;
  uri: string;
  usage: string;
  usage_unit: string;
}

const SUBRESOURCES = {
  all_time: "AllTime",
  daily: "Daily",
  last_month: "LastMonth",
  monthly: "Monthly",
  this_month: "ThisMonth",
  today: "Today",
  yearly: "Yearly",
  yesterday: "Yesterday",
};

const isoDate = (sec: number) => isoSeconds(sec).slice(0, 10);
const dollars = (micros: number) => micros / 1_000_000;

export function usageRecordToWire(
  accountSid: string,
  list: "Daily" | "Monthly",
  item: UsageItem,
  nowSec: number,
): WireUsageRecord {
  const { category, tally, period } = item;
  const base = `/2010-04-01/Accounts/${accountSid}/Usage/Records`;
  const inCategory = `Category=${encodeURIComponent(category.name)}`;
  const [startDate, endDate] = [isoDate(period.startSec), isoDate(period.endSec)];
  // totalprice counts dollars, so its count and usage are its price.
  const amount = (value: number) => (category.name === TOTAL_PRICE ? String(dollars(value)) : String(value));
  return {
    account_sid: accountSid,
    api_version: "2010-04-01",
    as_of: isoSeconds(nowSec).replace(/Z$/, "+00:00"),
    category: category.name,
    count: amount(tally.count),
    count_unit: category.countUnit,
    description: category.description,
    end_date: endDate,
    price: dollars(tally.micros),
    price_unit: "usd",
    start_date: startDate,
    subresource_uris: Object.fromEntries(
      Object.entries(SUBRESOURCES).map(([key, path]) => [key, `${base}/${path}.json?${inCategory}`]),
    ),
    uri: `${base}/${list}.json?${inCategory}&StartDate=${startDate}&EndDate=${endDate}`,
    usage: amount(tally.usage),
    usage_unit: category.usageUnit,
  };
}
