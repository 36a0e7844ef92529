import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
// Its own package, so that it gets its own emmett 0.38.5 (the PostgreSQL store needs 0.42.0).
import { getSQLiteEventStore } from 'saferplan-bench-emmett-sqlite';
import { openEventStore, type EventStore } from '@saferplan/event-store';
import type { BenchStore } from '../lib/bench-app';
import { nowMs, ratePerSecond } from '../lib/measure';
import { median } from '../lib/process-cpu';
import { rawPostgresInserts, rawSqliteCommits } from './raw-baselines';

/** Appends/s of each store on the same workload, medians of interleaved rounds. */
export interface StorePeerFigures {
  ours: number;
  emmett: number;
  raw: number;
  /** Emmett rounds that failed (SQLite: SQLITE_BUSY), left out of its median and reported. */
  emmettAborted: number;
  emmettErrors: string[];
  rounds: number;
}

/** One appender, one event per append, over 50 streams (new in a round's first 50 appends, then existing): W8's workload. */
const EVENT = (i: number) => ({
  type: 'QuarterlyUpdateRecorded',
  data: { percentComplete: i % 100, narrative: 'x'.repeat(120) },
});
const streamOf = (round: number, i: number) => `bench-peers-r${round}-${i % 50}`;

async function appendsPerSecond(appends: number, append: (i: number) => Promise<unknown>): Promise<number> {
  const started = nowMs();
  for (let i = 0; i < appends; i++) await append(i);
  return ratePerSecond(appends, nowMs() - started);
}

/**
 * Our store, Emmett's store for the same database and raw one-row commits, each on a fresh
 * database of its own, in rounds that take turns so that a slow moment of the shared machine
 * falls on all three alike. All three fsync each commit (SQLite WAL with synchronous FULL, the
 * default Emmett keeps; PostgreSQL's defaults).
 */
export async function storePeers(
  store: BenchStore,
  dataDir: string,
  appends: number,
  rounds: number,
): Promise<StorePeerFigures> {
  const connectionString = process.env.DATABASE_URL;
  if (store === 'postgres' && !connectionString) throw new Error('the PostgreSQL peers need DATABASE_URL');
  const ours = await openOurs(store, dataDir, connectionString);
  const emmett = store === 'sqlite' ? sqliteEmmett(dataDir) : await postgresEmmett(connectionString!);
  const figures = { ours: [] as number[], emmett: [] as number[], raw: [] as number[] };
  const emmettErrors: string[] = [];
  try {
    for (let round = 0; round < rounds; round++) {
      figures.ours.push(
        await appendsPerSecond(appends, (i) =>
          ours.store.append(`${streamOf(round, i)}`, [{ ...EVENT(i), schemaVersion: 1 }], {
            expectedRevision: 'any',
            recordedAt: new Date(),
          }),
        ),
      );
      try {
        figures.emmett.push(await appendsPerSecond(appends, (i) => emmett.append(streamOf(round, i), EVENT(i))));
      } catch (error) {
        emmettErrors.push(error instanceof Error ? error.message : String(error));
      }
      figures.raw.push(
        store === 'sqlite'
          ? rawSqliteCommits(mkdtempSync(join(dataDir, 'raw-')), appends, 1)
          : await rawPostgresInserts(connectionString!, `${ours.schema}_raw${round}`, appends, 1),
      );
    }
  } finally {
    await ours.store.close();
    await emmett.close();
    await ours.drop();
  }
  return {
    ours: median(figures.ours),
    emmett: figures.emmett.length ? median(figures.emmett) : 0,
    raw: median(figures.raw),
    emmettAborted: emmettErrors.length,
    emmettErrors,
    rounds,
  };
}

async function openOurs(store: BenchStore, dataDir: string, connectionString: string | undefined) {
  if (store === 'sqlite') {
    const opened: EventStore = await openEventStore({ kind: 'sqlite', dataDir: mkdtempSync(join(dataDir, 'ours-')) });
    return { store: opened, schema: null, drop: async () => undefined };
  }
  const schema = `saferplan_peers_${Date.now().toString(36)}`;
  const opened = await openEventStore({ kind: 'postgres', connectionString: connectionString!, schema });
  return {
    store: opened,
    schema,
    drop: () =>
      withClient(connectionString!, async (client) => {
        const { rows } = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE $1`, [`${schema}%`]);
        for (const row of rows) await client.query(`DROP SCHEMA ${row.nspname} CASCADE`);
      }),
  };
}

interface EmmettAppender {
  append(stream: string, event: ReturnType<typeof EVENT>): Promise<unknown>;
  close(): Promise<void>;
}

/** Emmett's SQLite store as its documentation opens it: a file name, schema created on first use. */
function sqliteEmmett(dataDir: string): EmmettAppender {
  const store = getSQLiteEventStore({ fileName: join(mkdtempSync(join(dataDir, 'emmett-')), 'emmett.sqlite') });
  return { append: (stream, event) => store.appendToStream(stream, [event]), close: async () => undefined };
}

/** Emmett's PostgreSQL store on a database of its own (its tables have fixed names in the public schema). */
async function postgresEmmett(connectionString: string): Promise<EmmettAppender> {
  // Emmett's store leaves idle pool clients open after close(), and a forced drop under them
  // raised an unhandled error; so a run drops the databases earlier runs left, then makes its own.
  await withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'saferplan_peers_emmett_%'`);
    for (const row of rows) await client.query(`DROP DATABASE IF EXISTS ${row.datname}`).catch(() => undefined);
  });
  const database = `saferplan_peers_emmett_${Date.now().toString(36)}`;
  await withClient(connectionString, (client) => client.query(`CREATE DATABASE ${database}`));
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  const store = getPostgreSQLEventStore(url.toString());
  return {
    append: (stream, event) => store.appendToStream(stream, [event]),
    close: () => store.close(),
  };
}

async function withClient<T>(connectionString: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
