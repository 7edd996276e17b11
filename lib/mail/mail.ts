import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  /** Extra headers for SMTP (a digest's List-Unsubscribe); the outbox has no use for them. */
  headers?: Record<string, string>;
};

/** Where mail goes: the SMTP server of the email sign-in (EMAIL_SERVER, EMAIL_FROM), else the outbox. */
export function mailDelivery(): "smtp" | "outbox" {
  const settings = env();
  return settings.EMAIL_SERVER && settings.EMAIL_FROM ? "smtp" : "outbox";
}

let transport: { server: string; transporter: Transporter } | undefined;

function smtp(server: string): Transporter {
  if (transport?.server !== server) transport = { server, transporter: createTransport(server) };
  return transport.transporter;
}

/**
 * Sends a mail by SMTP, or, without a mail server (the demo), keeps it in the outbox where its
 * addressee reads it after signing in (/outbox). Says which.
 */
export async function sendMail(mail: Mail): Promise<"smtp" | "outbox"> {
  const settings = env();
  const to = mail.to.toLowerCase();
  if (settings.EMAIL_SERVER && settings.EMAIL_FROM) {
    await smtp(settings.EMAIL_SERVER).sendMail({
      from: settings.EMAIL_FROM,
      to,
      subject: mail.subject,
      text: mail.text,
      headers: mail.headers,
    });
    return "smtp";
  }
  await getDb().outboxMail.create({ data: { to, subject: mail.subject, text: mail.text } });
  return "outbox";
}

/** The outbox mail addressed to one person, newest first: only ever their own. */
export async function listOutbox(email: string, take = 50) {
  return getDb().outboxMail.findMany({
    where: { to: email.toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, subject: true, text: true, createdAt: true },
  });
}
