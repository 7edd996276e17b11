// Numbers, money and durations, as every page writes them.
//
// Durations come in as seconds and follow one rule by size: under a minute "45s", under an hour
// "3m 20s" (precise enough for averages), from an hour on whole minutes "1,234 min" (what Twilio bills,
// so totals read like an invoice). Compact axis labels use seconds below a minute, then minutes
// to one decimal ("2.5 min", "12K min").

/** "unit-price": money per unit (a segment), with the fractions of a cent such prices have. */
export type ValueFormat = "number" | "percent" | "duration" | "currency" | "unit-price";
export type FormatOptions = { currency?: string; compact?: boolean };

const cache = new Map<string, Intl.NumberFormat>();

function cachedNumberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** The number, money and duration formatters of one locale. */
export function numberFormatsFor(locale: string) {
  const numberFormat = (options: Intl.NumberFormatOptions) => cachedNumberFormat(locale, options);

  function formatNumber(value: number): string {
    return numberFormat({ maximumFractionDigits: 1 }).format(value);
  }

  function formatCompact(value: number): string {
    return numberFormat({ notation: "compact", maximumFractionDigits: 1 }).format(value);
  }

  /** A change with its sign ("+4.2", "-1"; a ratio as "+12.3%"); no change shows no sign ("0"). */
  function formatSigned(value: number, style: "number" | "percent" = "number"): string {
    return numberFormat({
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
      ...(style === "percent" ? { style: "percent" } : {}),
    }).format(value);
  }

  /** A ratio (0.123) as a percentage ("12.3%"). */
  function formatPercent(ratio: number): string {
    return numberFormat({ style: "percent", maximumFractionDigits: 1 }).format(ratio);
  }

  function formatDuration(seconds: number): string {
    const total = Math.round(seconds);
    if (Math.abs(total) < 60) return `${total}s`;
    if (Math.abs(total) < 3600) {
      const rest = Math.abs(total) % 60;
      return `${Math.trunc(total / 60)}m${rest ? ` ${rest}s` : ""}`;
    }
    return `${numberFormat({ maximumFractionDigits: 0 }).format(total / 60)} min`;
  }

  function formatDurationCompact(seconds: number): string {
    return Math.abs(seconds) < 60 ? `${Math.round(seconds)}s` : `${formatCompact(seconds / 60)} min`;
  }

  /**
   * Money in an ISO 4217 currency; an unknown code is shown after the plain number rather than
   * failing the render. No minus on zero: a free call costs "$0.00", never "-$0.00".
   */
  function formatCurrency(value: number, currency = "USD", compact = false, unitPrice = false): string {
    try {
      return numberFormat({
        style: "currency",
        currency,
        signDisplay: "negative",
        ...(compact ? { notation: "compact" } : {}),
        ...(unitPrice ? { minimumFractionDigits: 2, maximumFractionDigits: 4 } : {}),
      }).format(value);
    } catch {
      return `${compact ? formatCompact(value) : formatNumber(value)} ${currency}`;
    }
  }

  function formatValue(value: number, format: ValueFormat, { currency, compact = false }: FormatOptions = {}): string {
    switch (format) {
      case "percent":
        return formatPercent(value);
      case "duration":
        return compact ? formatDurationCompact(value) : formatDuration(value);
      case "currency":
        return formatCurrency(value, currency, compact);
      case "unit-price":
        return formatCurrency(value, currency, false, true);
      default:
        return compact ? formatCompact(value) : formatNumber(value);
    }
  }

  /** A Twilio price (negative: what the call cost) as the cost it is, or a dash while unpriced. */
  function formatCost(price: number | null, currency: string | null): string {
    return price === null ? "—" : formatCurrency(-price, currency ?? "USD");
  }

  /**
   * A Twilio price as the cost it is, to the fraction of a cent Twilio bills (a message often
   * costs less than a cent: "$0.0079", where formatCost rounds to "$0.01"), or a dash while unpriced.
   */
  function formatPrice(price: number | null, currency: string | null): string {
    if (price === null) return "—";
    const code = currency ?? "USD";
    try {
      return numberFormat({
        style: "currency",
        currency: code,
        signDisplay: "negative",
        maximumFractionDigits: 5,
      }).format(-price);
    } catch {
      return `${numberFormat({ maximumFractionDigits: 5 }).format(-price)} ${code}`;
    }
  }

  /** A duration that may be unknown (a call still in progress). */
  const formatCallDuration = (seconds: number | null) => (seconds === null ? "—" : formatDuration(seconds));

  return {
    formatNumber,
    formatCompact,
    formatSigned,
    formatPercent,
    formatDuration,
    formatDurationCompact,
    formatCurrency,
    formatValue,
    formatCost,
    formatPrice,
    formatCallDuration,
  };
}
