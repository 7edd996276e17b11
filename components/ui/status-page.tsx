import type { ReactNode } from "react";
import { Card } from "./card";

type Props = { code?: string; title: string; children: ReactNode; actions: ReactNode };

/** The body of a not-found or error page: what happened and where to go from here. */
export function StatusPage({ code, title, children, actions }: Props) {
  return (
    <Card className="mx-auto max-w-xl space-y-4 py-10 text-center">
      {code ? <p className="text-sm font-semibold text-link">{code}</p> : null}
      <h1 className="text-2xl font-semibold">{title}</h1>
      <div className="space-y-2 text-sm text-slate-600 dark:text-slate-400">{children}</div>
      <div className="flex flex-wrap justify-center gap-3">{actions}</div>
    </Card>
  );
}
