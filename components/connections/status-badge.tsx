import type { ConnectionStatus } from "@/lib/db";

const STYLES: Record<ConnectionStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100" },
  revoked: { label: "Revoked", className: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100" },
  error: { label: "Error", className: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100" },
};

export function ConnectionStatusBadge({ status }: { status: ConnectionStatus }) {
  const style = STYLES[status];
  return (
    <span
      data-testid="connection-status"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ${style.className}`}
    >
      {style.label}
    </span>
  );
}
