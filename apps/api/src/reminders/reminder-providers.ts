import type { Provider } from '@nestjs/common';
import { APP_CONFIG } from '@saferplan/config/tokens';
import type { AppConfig } from '@saferplan/config/app-config';
import { developmentOutbox, type Mailer, smtpMailer } from './mail/mailer';
import { MAILER, Reminders } from './reminders';
import { RECIPIENT_DIRECTORY, openLeadOfficerDirectory } from './recipient-directory';
import { REPORTING_DEADLINES, openThirtyDayDeadlines } from './reporting-deadlines';

/** SMTP when SMTP_URL is set; otherwise the development outbox, or in production nothing (reminders off). */
export function mailerFor(config: AppConfig): Mailer | null {
  if (config.smtpUrl) return smtpMailer(config.smtpUrl, config.mailFrom);
  return config.nodeEnv === 'production' ? null : developmentOutbox(config.mailFrom);
}

/**
 * What sending reminders needs besides the write path: the API and the CLI register these. The
 * recipient directory and the deadlines are the placeholders until people (issue 16) and the
 * reporting calendar land: each is replaced by its one provider here.
 */
export const REMINDER_PROVIDERS: Provider[] = [
  { provide: MAILER, useFactory: mailerFor, inject: [APP_CONFIG] },
  { provide: RECIPIENT_DIRECTORY, useValue: openLeadOfficerDirectory },
  { provide: REPORTING_DEADLINES, useValue: openThirtyDayDeadlines },
  Reminders,
];
