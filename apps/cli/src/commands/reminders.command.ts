import { CqrsModule } from '@nestjs/cqrs';
import type { Command } from 'commander';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { DueReminder } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { AggregateRepository, CommandWriter, ExecuteDomainCommandHandler, REMINDER_PROVIDERS, Reminders } from '@saferplan/api';
import { type CliOutput, createCliApplication, processOutput } from '../cli-context';

export interface RemindersCommandOptions {
  dryRun?: boolean;
  at?: string;
}

/** `--at` as an instant: an ISO date-time (a date alone is its midnight UTC); the clock when omitted. */
export function momentOf(at: string | undefined, now: () => Date = () => new Date()): Date {
  if (at === undefined) return now();
  const moment = /^\d{4}-\d{2}-\d{2}/.test(at.trim()) ? new Date(at.trim()) : new Date(Number.NaN);
  if (Number.isNaN(moment.getTime())) throw new Error(`--at must be a date-time such as 2017-07-16T09:00:00Z (got "${at}")`);
  return moment;
}

const line = (r: DueReminder) =>
  [r.recipient.email, r.actionId ? `${r.about[0].actionTitle} (${r.actionId})` : `digest of ${r.about.length} update(s)`, r.quarter ?? '-', r.kind].join('\t');

/**
 * Lists (--dry-run) or sends what is due at a moment, through the API's own write path, so the
 * same exactly-once claim holds whether the server or this command sends. Returns the reminders
 * listed or sent.
 */
export async function runReminders(
  mode: 'dry-run' | 'send',
  options: RemindersCommandOptions,
  output: CliOutput = processOutput,
  config: AppConfig = loadConfig(),
): Promise<DueReminder[]> {
  const at = momentOf(options.at);
  const app = await createCliApplication(config, {
    imports: [CqrsModule.forRoot()],
    providers: [AggregateRepository, CommandWriter, ExecuteDomainCommandHandler, ...REMINDER_PROVIDERS],
  });
  try {
    await app.get(PlanProjector).waitFor(await app.get<EventStore>(EVENT_STORE).headPosition());
    const reminders = app.get(Reminders);
    output.err(reminders.describe);
    if (mode === 'dry-run') {
      const due = await reminders.due(at);
      output.out(`${due.length} reminder(s) due at ${at.toISOString()}${due.length ? ':' : ''}`);
      for (const reminder of due) output.out(line(reminder));
      return due;
    }
    if (!reminders.enabled) {
      process.exitCode = 1;
      return [];
    }
    const report = await reminders.send(at);
    output.out(`Sent ${report.sent.length} reminder(s) for ${at.toISOString()}${report.sent.length ? ':' : ''}`);
    for (const reminder of report.sent) output.out(line(reminder));
    if (report.alreadyClaimed.length) output.out(`${report.alreadyClaimed.length} were sent meanwhile by another instance`);
    for (const { reminder, reason } of report.failed) output.err(`not sent, the mail server refused: ${line(reminder)}: ${reason}`);
    if (report.failed.length) process.exitCode = 1;
    return report.sent;
  } finally {
    await app.close();
  }
}

export function registerRemindersCommand(program: Command): void {
  program
    .command('reminders')
    .description('Reminders by email: list what is due (--dry-run) or send it (reminders send); each is sent once across restarts and instances')
    .argument('[send]', '"send" to send what is due')
    .option('--dry-run', 'list what is due to be sent (recipient, action, quarter, kind) without sending')
    .option('--at <date-time>', 'the moment to work it out for, e.g. 2017-07-16T09:00:00Z (default now)')
    .action(async (send: string | undefined, options: RemindersCommandOptions) => {
      if (send !== undefined && send !== 'send') throw new Error(`reminders takes "send" or --dry-run (got "${send}")`);
      if (!send && !options.dryRun) throw new Error('say what to do: reminders --dry-run [--at ...] lists, reminders send [--at ...] sends');
      await runReminders(send ? 'send' : 'dry-run', options);
    });
}
