import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

/**
 * Every e-mail the system sends goes through here, after the transaction that
 * decided it has committed (never inside one). Each is first written to the
 * `outbound_email` table — the record of what an applicant was told, and in
 * development the outbox the newsroom shows — then handed to SMTP when
 * SMTP_URL is set (smtp://user:pass@host:587, smtps://… for TLS). Without it
 * mail stays in the outbox, which is what development and the tests want.
 * A failed delivery is recorded on the row and logged without the address:
 * it never undoes the decision that caused it.
 */
export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  /** What it is, e.g. "delegation.infoRequested": for the outbox and the tests. */
  kind: string;
  delegationId?: string | null;
};

let transporter: Transporter | null | undefined;

function smtp(): Transporter | null {
  if (transporter === undefined) transporter = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return transporter;
}

export const MAIL_FROM = () => process.env.MAIL_FROM ?? "Newsroom <no-reply@newsroom.local>";

export async function sendEmail(message: EmailMessage): Promise<{ id: string; delivered: boolean }> {
  const row = await db.outboundEmail.create({
    data: { toAddress: message.to, subject: message.subject, textBody: message.text, kind: message.kind, delegationId: message.delegationId ?? null },
    select: { id: true },
  });
  const transport = smtp();
  if (!transport) return { id: row.id, delivered: false };
  try {
    await transport.sendMail({ from: MAIL_FROM(), to: message.to, subject: message.subject, text: message.text });
    await db.outboundEmail.update({ where: { id: row.id }, data: { sentAt: new Date() } });
    return { id: row.id, delivered: true };
  } catch (error) {
    logger.error({ emailId: row.id, kind: message.kind, err: error }, "e-mail delivery failed");
    await db.outboundEmail.update({ where: { id: row.id }, data: { error: error instanceof Error ? error.message.slice(0, 500) : "delivery failed" } });
    return { id: row.id, delivered: false };
  }
}
