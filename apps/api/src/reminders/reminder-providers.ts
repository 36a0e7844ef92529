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

/** The placeholders until people (issue 16) and the reporting calendar land. */
export const LEAD_OFFICER_RECIPIENTS: Provider = { provide: RECIPIENT_DIRECTORY, useValue: openLeadOfficerDirectory };
export const THIRTY_DAY_DEADLINES: Provider = { provide: REPORTING_DEADLINES, useValue: openThirtyDayDeadlines };

/**
 * What sending reminders needs besides the write path, with the recipient directory and the
 * deadlines it is given (reminder-wiring.ts at the top of the app chooses them).
 */
export function reminderProviders(recipients: Provider = LEAD_OFFICER_RECIPIENTS, deadlines: Provider = THIRTY_DAY_DEADLINES): Provider[] {
  return [{ provide: MAILER, useFactory: mailerFor, inject: [APP_CONFIG] }, recipients, deadlines, Reminders];
}
