import type { Command } from 'commander';
import { ukDate } from '@saferplan/domain';
import { type PlanQueries, readModelAsOf } from '@saferplan/projections';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

export interface ReplayOptions {
  asOf: Date;
  partnershipId?: string;
  financialYear?: string;
}

const COLUMNS = ['Partnership', 'Priority', 'Actions', 'Done', 'On track', 'At risk', 'Off track', 'Not started', 'Milestones', 'Reached', 'Overdue', '% complete'];

/** The progress tables exactly as recorded at `asOf`; false when the partnership did not exist then. */
export async function runReplay(context: CliContext, options: ReplayOptions, io: CliOutput): Promise<boolean> {
  const model = await readModelAsOf(context.store, options.asOf);
  const asOfDate = ukDate(options.asOf);
  if (options.partnershipId && !model.partnership(options.partnershipId)) {
    io.err(`No partnership ${options.partnershipId} was recorded by ${options.asOf.toISOString()}`);
    return false;
  }
  const rows = model.progress({ partnershipId: options.partnershipId, financialYear: options.financialYear }, asOfDate);
  io.out(`Progress as recorded at ${options.asOf.toISOString()} (milestones overdue as of ${asOfDate})`);
  io.out(table(rows.map((row) => cells(model, row.partnershipId, row.priorityId, row.progress))));
  return true;
}

function cells(model: PlanQueries, partnershipId: string, priorityId: string, p: ReturnType<PlanQueries['priorityProgress']>): string[] {
  return [
    model.partnership(partnershipId)?.name ?? partnershipId,
    model.priority(priorityId)?.title ?? priorityId,
    ...[p.actions, p.completed, p.onTrack, p.atRisk, p.offTrack, p.notStarted, p.milestones, p.milestonesReached, p.milestonesOverdue].map(String),
    `${p.percentComplete.toFixed(1)}%`,
  ];
}

const MAX_TEXT = 48;

function table(rows: string[][]): string {
  if (rows.length === 0) return '(no priorities recorded)';
  const clipped = rows.map((row) => row.map((cell, i) => (i < 2 && cell.length > MAX_TEXT ? `${cell.slice(0, MAX_TEXT - 1)}…` : cell)));
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...clipped.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ').trimEnd();
  return [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('-+-'), ...clipped.map(line)].join('\n');
}

export function parseAsOf(text: string): Date {
  const asOf = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text) ? new Date(text) : new Date(NaN);
  if (Number.isNaN(asOf.getTime())) throw new Error(`--as-of must be an ISO date or instant, e.g. 2017-09-04 or 2017-09-04T10:00:00Z (got "${text}")`);
  return asOf;
}

export function registerReplayCommand(program: Command): void {
  program
    .command('replay')
    .description('print the progress tables as they were recorded at a moment')
    .requiredOption('--as-of <date>', 'ISO date or instant (a date alone means its start, UTC)')
    .option('--partnership <id>', 'only this partnership')
    .option('--financial-year <year>', 'only this financial year, e.g. 2017/18')
    .action(async (options: { asOf: string; partnership?: string; financialYear?: string }) => {
      const asOf = parseAsOf(options.asOf);
      const ok = await withCliContext((context) =>
        runReplay(context, { asOf, partnershipId: options.partnership, financialYear: options.financialYear }, processOutput),
      );
      if (!ok) process.exitCode = 1;
    });
}
