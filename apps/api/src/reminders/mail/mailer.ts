import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

/** A mail as SaferPlan writes it: always both a plain-text and an HTML body. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface OutboxMail extends Mail {
  from: string;
  /** When it was handed over (ISO instant). */
  at: string;
}

/** Where mails go: the SMTP server, or in development the log and the outbox page. */
export interface Mailer {
  /** Resolves once the mail server accepted the mail; rejects when it did not. */
  send(mail: Mail, at: Date): Promise<void>;
  /** What the development outbox holds, newest first; empty for SMTP. */
  outbox(): OutboxMail[];
  readonly describe: string;
  close(): void;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = createTransport(smtpUrl);
  const host = new URL(smtpUrl).host;
  return {
    describe: `SMTP at ${host}`,
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    outbox: () => [],
    close: () => transport.close(),
  };
}

/** Development without SMTP_URL: mails are logged and kept (the latest 200) for the dashboard's outbox. */
export function developmentOutbox(from: string, logger = new Logger('Outbox')): Mailer {
  const kept: OutboxMail[] = [];
  return {
    describe: 'the development outbox (log and #/outbox): SMTP_URL is not set',
    async send(mail, at) {
      kept.unshift({ from, ...mail, at: at.toISOString() });
      kept.splice(200);
      logger.log(`To ${mail.to}: ${mail.subject}\n${mail.text}`);
    },
    outbox: () => [...kept],
    close: () => undefined,
  };
}
