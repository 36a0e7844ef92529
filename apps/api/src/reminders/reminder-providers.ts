import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '@saferplan/config/tokens';
import type { AppConfig } from '@saferplan/config/app-config';
import { developmentOutbox, type Mailer, smtpMailer } from './mail/mailer';
import { MAILER, Reminders } from './reminders';

/** SMTP when SMTP_URL is set; otherwise the development outbox, or in production nothing (reminders off). */
export function mailerFor(config: AppConfig): Mailer | null {
  if (config.smtpUrl) return smtpMailer(config.smtpUrl, config.mailFrom);
  return config.nodeEnv === 'production' ? null : developmentOutbox(config.mailFrom);
}

/** What sending reminders needs besides the write path: the API and the CLI register these. */
export const REMINDER_PROVIDERS: Provider[] = [{ provide: MAILER, useFactory: mailerFor, inject: [APP_CONFIG] }, Reminders];
