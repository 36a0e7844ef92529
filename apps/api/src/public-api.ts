/**
 * What the API application offers the CLI, by the package name @saferplan/api: the CLI boots the
 * same modules and writes through the same command path instead of keeping copies of them.
 */
export { ConfigModule } from './config/config.module';
export { StoreModule } from './store/store.module';
export { ReadScopes } from './graphql/read-scopes';
export { AggregateRepository } from './common/aggregate-repository';
export { CommandWriter, ExecuteDomainCommandHandler } from './common/command-writer';
export { type ImportReport, PlanImporter } from './plan-import/plan-importer';
export { REMINDER_PROVIDERS } from './reminder-wiring';
export { Reminders, type ReminderRunReport } from './reminders/reminders';
export { RECIPIENT_DIRECTORY } from './reminders/recipient-directory';
export { REPORTING_DEADLINES } from './common/reporting-deadlines';
export type { Mailer } from './reminders/mail/mailer';
