import { BarList } from "@/components/charts/bar-list";
import { viewerFormats } from "@/lib/viewer";
import type { CountryRow, TopNumbers } from "@/lib/analytics";
import { countryName } from "./country-name";

/** The busiest numbers on each side; each links to the call log searched for that number. */
export async function TopNumbersLists({
  top,
  searchHref,
}: {
  top: TopNumbers;
  searchHref: (number: string) => string;
}) {
  const { formatDuration } = await viewerFormats();
  const rows = (list: TopNumbers["called"]) =>
    list.map((row) => ({
      label: row.number,
      value: row.calls,
      secondary: `${countryName(row.country)} · ${formatDuration(row.durationSeconds)}`,
      href: searchHref(row.number),
    }));
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <BarList title="Most called (To)" rows={rows(top.called)} />
      <BarList title="Most calling (From)" rows={rows(top.calling)} />
    </div>
  );
}

export async function CountriesList({ rows }: { rows: CountryRow[] }) {
  const { formatDuration } = await viewerFormats();
  return (
    <BarList
      title="Calls by the other party's country"
      rows={rows.map((row) => ({
        label: countryName(row.country),
        value: row.calls,
        secondary: formatDuration(row.durationSeconds),
      }))}
    />
  );
}
