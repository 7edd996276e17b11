import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import { listOutbox, mailDelivery } from "@/lib/mail";
import { viewerFormats } from "@/lib/viewer";

export const metadata: Metadata = { title: "Outbox" };

// Links in a mail are plain text; these make them followable (only our own mails are shown).
const URL_PATTERN = /(https?:\/\/[^\s]+)/g;

function Linked({ text }: { text: string }) {
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="underline wrap-anywhere">
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Without a mail server (the demo), the mail the app sent the signed-in person: only theirs. */
export default async function OutboxPage() {
  const user = await requireUser("/outbox");
  const [mails, formats] = [user.email ? await listOutbox(user.email) : [], await viewerFormats()];
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Outbox</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Mail this app sent to {user.email ?? "you"}. No mail server is configured, so it waits here instead of an
          inbox.
        </p>
      </div>
      {mailDelivery() === "smtp" ? (
        <Notice>A mail server is configured: new mail goes to your inbox, not here.</Notice>
      ) : null}
      {mails.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-500 dark:text-slate-400">No mail for you yet.</p>
        </Card>
      ) : (
        mails.map((mail) => (
          <article key={mail.id} data-testid="outbox-mail">
            <Card className="space-y-2">
              <h2 className="font-semibold">{mail.subject}</h2>
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {formats.formatDateTime(mail.createdAt, "UTC")} UTC
              </p>
              <p className="text-sm whitespace-pre-line">
                <Linked text={mail.text} />
              </p>
            </Card>
          </article>
        ))
      )}
    </div>
  );
}
