/**
 * The reminders ledger read each run: the old whole-log filter by type and fold ("full") against
 * the checkpointed views reading only what was recorded since the last run ("checkpointed"), in
 * one process, rounds interleaved, on a log of NOISE other events and REMINDERS reminder events:
 *   node tools/run-ts.js benchmarks/reminders-ledger.bench.ts            (SQLite)
 *   BENCH_STORE=postgres DATABASE_URL=... node tools/run-ts.js benchmarks/reminders-ledger.bench.ts
 * Between rounds NEW reminder claims are appended, as a run's worth of claims would be. Reports
 * CPU time of this process per read (server CPU of PostgreSQL is not in it) and wall time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PostgresEventStore } from '@saferplan/event-store/postgres/postgres-event-store';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import {
  CheckpointedReminderViews,
  REMINDER_PREFERENCES_EVENT_TYPES,
  REMINDERS_LEDGER_EVENT_TYPES,
  evolveReminderPreferences,
  evolveRemindersLedger,
  initialReminderPreferences,
  initialRemindersLedger,
} from '@saferplan/projections';

const kind = process.env.BENCH_STORE ?? 'sqlite';
const NOISE = Number(process.env.NOISE ?? 200_000);
const REMINDERS = Number(process.env.REMINDERS ?? 4_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const NEW = Number(process.env.NEW ?? 10);
const PER_APPEND = 200;

let sequence = 0;
const at = new Date('2017-07-16T08:00:00Z');
const reminder = () => {
  const reminderId = `before-deadline_2017-07-16_p${++sequence}_a1_2017-18-Q1`;
  return { type: 'ReminderSent', schemaVersion: 1, data: { reminderId, kind: 'BEFORE_DEADLINE', recipientId: `p${sequence}`, recipientName: 'Ann Owner', recipientEmail: 'ann@nwleics.gov.uk', actionId: 'a1', quarter: '2017/18 Q1', occasion: '2017-07-16', about: [], sentAt: at.toISOString() } };
};
const noise = (i: number) => ({ type: 'QuarterlyUpdateRecorded', schemaVersion: 1, data: { actionId: `a${i % 5000}`, quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: i % 100, narrative: 'On plan' } });

async function open(): Promise<{ store: EventStore; destroy: () => Promise<void> }> {
  if (kind === 'postgres') {
    const schema = `bench_reminders_${process.pid}`;
    const store = await PostgresEventStore.connect({ connectionString: process.env.DATABASE_URL!, schema });
    return {
      store,
      destroy: async () => {
        await (store as unknown as { pool: { query(sql: string): Promise<unknown> } }).pool.query(`DROP SCHEMA ${schema} CASCADE`);
        await store.close();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'saferplan-reminders-bench-'));
  const store = await SqliteEventStore.open({ dataDir: dir });
  return { store, destroy: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
}

/** What Reminders.view() did before: every reminder event type read from the whole log, folded from scratch. */
async function fullFold(store: EventStore) {
  const types = [...REMINDERS_LEDGER_EVENT_TYPES, ...REMINDER_PREFERENCES_EVENT_TYPES];
  const events = (await Promise.all(types.map((type) => store.readAll({ filter: { type } })))).flat().sort((a, b) => a.position - b.position);
  const ledger = initialRemindersLedger();
  const preferences = initialReminderPreferences();
  for (const event of events as RecordedEvent[]) {
    if (event.type === 'ReminderPreferenceSet') evolveReminderPreferences(preferences, event);
    else evolveRemindersLedger(ledger, event);
  }
  return ledger.sent.length;
}

async function measure(work: () => Promise<number>) {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const sent = await work();
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall, sent };
}

async function main() {
  const { store, destroy } = await open();
  try {
    const total = NOISE + REMINDERS;
    const every = Math.max(1, Math.floor(total / REMINDERS));
    let batch: Array<ReturnType<typeof reminder> | ReturnType<typeof noise>> = [];
    for (let i = 0; i < total; i++) {
      batch.push(i % every === 0 && sequence < REMINDERS ? reminder() : noise(i));
      if (batch.length === PER_APPEND) {
        await store.append(`bench-${i}`, batch, { expectedRevision: 'any', recordedAt: at, actor: 'bench' });
        batch = [];
      }
    }
    if (batch.length) await store.append('bench-last', batch, { expectedRevision: 'any', recordedAt: at, actor: 'bench' });
    console.log(`${kind}: ${await store.headPosition()} positions, ${sequence} reminders; ${ROUNDS} rounds, ${NEW} new claims before each`);
    const views = new CheckpointedReminderViews(store);
    const cold = await measure(async () => (await views.current()).ledger.sent.length);
    console.log(`checkpointed, first read of a process: cpu ${cold.cpu.toFixed(1)} ms, wall ${cold.wall.toFixed(1)} ms, ${cold.sent} sent`);
    const rows: Array<{ full: Awaited<ReturnType<typeof measure>>; checkpointed: Awaited<ReturnType<typeof measure>> }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (let i = 0; i < NEW; i++) await store.append(`reminder-new-${round}-${i}`, [reminder()], { expectedRevision: 'any', recordedAt: at, actor: 'bench' });
      // Alternate which goes first, so neither always reads a warmer cache.
      const order = round % 2 === 0 ? ['checkpointed', 'full'] : ['full', 'checkpointed'];
      const row = {} as (typeof rows)[number];
      for (const name of order) {
        row[name as 'full'] = await measure(name === 'full' ? () => fullFold(store) : async () => (await views.current()).ledger.sent.length);
      }
      if (row.full.sent !== row.checkpointed.sent) throw new Error(`views disagree: ${row.full.sent} vs ${row.checkpointed.sent}`);
      rows.push(row);
      console.log(`round ${round}: full cpu ${row.full.cpu.toFixed(1)} ms wall ${row.full.wall.toFixed(1)} ms | checkpointed cpu ${row.checkpointed.cpu.toFixed(2)} ms wall ${row.checkpointed.wall.toFixed(2)} ms | ${row.full.sent} sent`);
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const fullCpu = median(rows.map((r) => r.full.cpu));
    const cpCpu = median(rows.map((r) => r.checkpointed.cpu));
    const fullWall = median(rows.map((r) => r.full.wall));
    const cpWall = median(rows.map((r) => r.checkpointed.wall));
    console.log(`median: full cpu ${fullCpu.toFixed(1)} ms, checkpointed ${cpCpu.toFixed(2)} ms (${(fullCpu / cpCpu).toFixed(0)}x less); wall ${fullWall.toFixed(1)} vs ${cpWall.toFixed(2)} ms (${(fullWall / cpWall).toFixed(0)}x)`);
  } finally {
    await destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
