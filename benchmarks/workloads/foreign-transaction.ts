import type { CommandWriter } from '../../apps/api/src/common/command-writer';
import { scheduleMilestone } from '../../apps/api/src/actions/schedule-milestone/schedule-milestone.command';
import { FOREIGN_TRANSACTION_KINDS, type ForeignTransactionKind, dropOtherDatabase, holdForeignTransaction } from '@saferplan/event-store/testing/foreign-transactions';
import { nowMs, percentile } from '../lib/measure';
import type { BenchReport } from '../lib/results';

const OTHER_DATABASE = 'pgtxn_other_bench';

/** Latencies of one writer's commands (load, decide, append, read-your-writes wait) for `ms`. */
async function writeFor(writer: CommandWriter, actionIds: string[], ms: number, label: string): Promise<number[]> {
  const latencies: number[] = [];
  const until = nowMs() + ms;
  for (let i = 0; nowMs() < until; i++) {
    const started = nowMs();
    await scheduleMilestone(writer, { actionId: actionIds[i % actionIds.length], title: `W9 ${label} ${i}`, dueQuarter: '2030/31 Q1' }, { actor: 'bench-w9' });
    latencies.push(nowMs() - started);
  }
  return latencies;
}

/**
 * W9 (PostgreSQL, issue 14 failure 1): a single writer's p99 while a transaction the store does
 * not own is held open on the same server for `holdMs` (30 s in a full run), one kind at a time,
 * against the same writer's p99 with nothing held, measured in the same run. Target: p99 < 1 s.
 */
export async function writesUnderForeignTransactions(report: BenchReport, writer: CommandWriter, actionIds: string[], connectionString: string, holdMs: number): Promise<void> {
  const solo = percentile(await writeFor(writer, actionIds, Math.min(holdMs, 5000), 'solo'), 99);
  report.cost('W9 single writer p99, nothing held open', 'postgres', solo, 'ms', null);
  try {
    for (const kind of FOREIGN_TRANSACTION_KINDS) {
      const held = await holdForeignTransaction(connectionString, kind as ForeignTransactionKind, OTHER_DATABASE);
      try {
        const latencies = await writeFor(writer, actionIds, holdMs, kind);
        report.cost(`W9 single writer p99, ${kind} transaction held ${Math.round(holdMs / 1000)} s (${latencies.length} writes)`, 'postgres', percentile(latencies, 99), 'ms', 1000, solo);
      } finally {
        await held.end();
      }
    }
  } finally {
    await dropOtherDatabase(connectionString, OTHER_DATABASE);
  }
}
