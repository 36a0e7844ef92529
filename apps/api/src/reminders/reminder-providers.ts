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

/**
 * What sending reminders needs besides the write path, with the providers of RECIPIENT_DIRECTORY
 * and REPORTING_DEADLINES it is given (reminder-wiring.ts at the top of the app chooses them).
 */
export function reminderProviders(recipients: Provider, deadlines: Provider): Provider[] {
  return [{ provide: MAILER, useFactory: mailerFor, inject: [APP_CONFIG] }, recipients, deadlines, Reminders];
}
