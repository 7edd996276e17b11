import { KpiCard } from "@/components/charts/kpi-card";
import type { MessageKpis } from "@/lib/analytics";
import { viewerFormats } from "@/lib/viewer";
import { mainAmount } from "./kpi-grid";

/**
 * The messages' headline numbers with their change against the previous period. `brief` keeps the
 * four that summarise them (the call overview's Messages panel); the messages overview shows all.
 */
export async function MessageKpiGrid({ kpis, brief = false }: { kpis: MessageKpis; brief?: boolean }) {
  const { formatCurrency } = await viewerFormats();
  const { current, previous } = kpis;
  const cost = mainAmount(current.cost, previous.cost);
  const perSegment = mainAmount(current.costPerSegment, previous.costPerSegment);
  const others = current.cost.slice(1);
  const count = (
    label: string,
    key: "messages" | "sent" | "received" | "delivered" | "undelivered" | "failed" | "segments",
    goodWhen: "up" | "down" = "up",
  ) => <KpiCard label={label} value={current[key]} previous={previous[key]} format="number" goodWhen={goodWhen} />;
  const costCard = (
    <KpiCard
      label="Cost"
      value={cost?.value ?? null}
      previous={cost?.previous ?? null}
      format="currency"
      currency={cost?.currency}
      goodWhen="down"
    />
  );
  const rate = (
    <KpiCard label="Delivery rate" value={current.deliveryRate} previous={previous.deliveryRate} format="percent" />
  );
  return (
    <section aria-labelledby={brief ? undefined : "message-kpi-heading"} className="space-y-2">
      {brief ? null : (
        <h2 id="message-kpi-heading" className="sr-only">
          Key figures
        </h2>
      )}
      <div
        className={`grid grid-cols-1 gap-4 sm:grid-cols-2 ${brief ? "lg:grid-cols-4" : "lg:grid-cols-5"}`}
        data-testid="message-kpis"
      >
        {count("Messages", "messages")}
        {brief ? null : count("Sent", "sent")}
        {brief ? null : count("Received", "received")}
        {rate}
        {brief ? null : count("Delivered", "delivered")}
        {brief ? null : count("Undelivered", "undelivered", "down")}
        {brief ? null : count("Failed", "failed", "down")}
        {count("Segments", "segments")}
        {costCard}
        {brief ? null : (
          <KpiCard
            label="Average cost per segment"
            value={perSegment?.value ?? null}
            previous={perSegment?.previous ?? null}
            format="unit-price"
            currency={perSegment?.currency}
            goodWhen="down"
          />
        )}
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Sent counts outbound messages, received inbound ones. The delivery rate is delivered (delivered or read) ÷
        delivered, undelivered and failed outbound messages. Segments add up each message&apos;s count; a message Twilio
        has not counted yet adds none. Cost is what Twilio charged
        {others.length > 0
          ? ` in ${cost?.currency}; also ${others.map((o) => formatCurrency(o.amount, o.currency)).join(", ")} in other currencies`
          : ""}
        {brief ? "" : ", and the average divides it by the segments of the priced messages"}. Changes compare with the
        same length of time just before.
      </p>
    </section>
  );
}
