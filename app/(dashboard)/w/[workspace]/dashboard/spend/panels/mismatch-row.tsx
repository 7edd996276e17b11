import type { MismatchedDay } from "@/lib/sync";
import { viewerFormats } from "@/lib/viewer";

/** Figures as compared: counts whole, money to Twilio's 5 decimals. */
const comparable = (value: number, money: boolean) => (money ? Math.round(value * 100_000) : value);

/** One flagged account-day: each figure as imported, then as Twilio counts it, the differing ones marked. */
export async function MismatchRow({ mismatch, dayLabel }: { mismatch: MismatchedDay; dayLabel: string }) {
  const { formatNumber, formatCurrency } = await viewerFormats();
  const { imported, usage } = mismatch;
  const pair = (key: keyof MismatchedDay["imported"], money: boolean) => {
    // Twilio prices usage in the owner account's currency, USD for nearly every account.
    const write = (value: number) => (money ? formatCurrency(value, "USD", false, true) : formatNumber(value));
    const differs = comparable(imported[key], money) !== comparable(usage[key], money);
    const unchecked = money && !mismatch.pricesSettled;
    return (
      <td
        className={`px-2 py-1.5 whitespace-nowrap ${differs && !unchecked ? "font-semibold text-amber-800 dark:text-amber-300" : ""}`}
      >
        {write(imported[key])} / {write(usage[key])}
        {differs && !unchecked ? <span className="sr-only"> (differs)</span> : null}
        {unchecked ? <span className="ml-1 text-muted">(not all priced yet)</span> : null}
      </td>
    );
  };
  return (
    <tr>
      <th scope="row" className="px-2 py-1.5 font-normal whitespace-nowrap">
        {dayLabel}
      </th>
      <td className="px-2 py-1.5">{mismatch.accountName}</td>
      {pair("calls", false)}
      {pair("minutes", false)}
      {pair("callPrice", true)}
      {pair("messages", false)}
      {pair("messagePrice", true)}
    </tr>
  );
}
