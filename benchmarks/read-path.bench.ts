/**
 * The event read path before and after ADR 0026, in one process, rounds interleaved: a full
 * rebuild's fold of the log (W5) beside the raw scan, and an as-of replay of one national-shaped
 * partnership (W7 as-of, about 2,800 events). `npx jest --config benchmarks/jest.config.js
 * benchmarks/read-path.bench.ts` (READ_STORE=postgres with DATABASE_URL; READ_PARTNERSHIPS,
 * READ_ROUNDS, READ_ASOF_CALLS; on PostgreSQL the backends' CPU is read too). "before" is the
 * adapter's earlier readAll, kept below as it was (named row objects, pg's timestamp parsing,
 * metadata copied); "after" is the store itself. Both folds must give the same documents and
 * answers, or the run fails.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore, ReadAllOptions, RecordedEvent } from '@saferplan/event-store';
import { normaliseEventFilter } from '@saferplan/event-store/shared/event-filter';
import { normaliseReadAll } from '@saferplan/event-store/shared/validation';
import { postgresFilter } from '@saferplan/event-store/postgres/postgres-event-reads';
import { readSettledHorizon } from '@saferplan/event-store/postgres/postgres-appenders';
import { POSITION_SHIFT, tablesFor } from '@saferplan/event-store/postgres/postgres-schema';
import { PlanProjector, type PlanReadModel } from '@saferplan/projections';
import { foldLog } from '@saferplan/projections/projector/rebuild';
import { resolveProjectorOptions } from '@saferplan/projections/projector/projector-options';
import { readModelAsOfStreams, streamsOfPartnerships } from '@saferplan/projections/as-of/partnership-as-of';
import { BenchData, type BenchStore, startBenchApp } from './lib/bench-app';
import { startCpuProfile, summariseCpuProfile } from './lib/cpu-profile';
import { nowMs, percentile } from './lib/measure';
import { processCpuNs } from './lib/process-cpu';
import { NATIONAL, generateDataset } from './lib/national-dataset';
import { rawScan } from './workloads/raw-baselines';

const store = (process.env.READ_STORE ?? 'sqlite') as BenchStore;
const partnerships = Number(process.env.READ_PARTNERSHIPS ?? 12);
const rounds = Number(process.env.READ_ROUNDS ?? 5);
const asOfCalls = Number(process.env.READ_ASOF_CALLS ?? 40);
/** READ_PROFILE=1: also V8's CPU profile of each variant's as-of calls and folds, self time by module. */
const profile = process.env.READ_PROFILE === '1';

type Variant = 'before' | 'after';
/** The rebuild's own page size (READ_PAGE to try another). */
const PAGE = Number(process.env.READ_PAGE ?? resolveProjectorOptions({}).pageSize);
/** READ_ALSO_PAGE=n: each round also folds with the store's reads in pages of n, to set against PAGE. */
const ALSO_PAGE = process.env.READ_ALSO_PAGE ? Number(process.env.READ_ALSO_PAGE) : null;

it(`event read path before and after (${store})`, async () => {
  const data = BenchData.create(store);
  const server = await startBenchApp(data);
  const before = legacyReader(data);
  let serverCpu: ServerCpu | null = null;
  try {
    const started = nowMs();
    const dataset = await generateDataset(server, { ...NATIONAL, partnerships });
    const projector = server.app.get(PlanProjector);
    await projector.flush();
    const after = server.app.get<EventStore>(EVENT_STORE);
    const head = await after.headPosition();
    const live = projector.queries as PlanReadModel;
    const streams = streamsOfPartnerships(live, [dataset.partnershipIds[0]]);
    const asOf = new Date();
    const stores: Record<Variant, Pick<EventStore, 'readAll'>> = { before: before.store, after };
    const lines = [`${store}: ${dataset.events} events loaded in ${(nowMs() - started).toFixed(0)} ms; as-of of ${streams.length} streams`];

    // The same events, the same documents, the same answers.
    const [oldLog, newLog] = [await before.store.readAll(), await after.readAll()];
    if (JSON.stringify(oldLog) !== JSON.stringify(newLog)) throw new Error('the two read paths give different events');
    const folds = await Promise.all([foldLog(before.store as EventStore, head, PAGE), foldLog(after, head, PAGE)]);
    if (JSON.stringify(folds[0].model.toDocuments()) !== JSON.stringify(folds[1].model.toDocuments())) throw new Error('the folds differ');
    const [oldAsOf, newAsOf] = [await readModelAsOfStreams(before.store as EventStore, streams, asOf), await readModelAsOfStreams(after, streams, asOf)];
    const question = { partnershipId: dataset.partnershipIds[0] };
    if (JSON.stringify(oldAsOf.progress(question, '2026-12-04')) !== JSON.stringify(newAsOf.progress(question, '2026-12-04'))) throw new Error('the as-of answers differ');
    lines.push(`identical: events ${oldLog.length}, documents ${folds[1].model.toDocuments().length}, as-of progress rows ${newAsOf.progress(question, '2026-12-04').length}`);

    type Samples = { foldMs: number[]; foldCpuMs: number[]; foldServerMs: number[]; asOfMs: number[]; asOfCpuMs: number[]; asOfServerMs: number[] };
    const empty = (): Samples => ({ foldMs: [], foldCpuMs: [], foldServerMs: [], asOfMs: [], asOfCpuMs: [], asOfServerMs: [] });
    const samples: Record<Variant, Samples> = { before: empty(), after: empty() };
    serverCpu = store === 'postgres' ? await ServerCpu.open() : null;
    const scans: number[] = [];
    const alsoPageCpuMs: number[] = [];
    for (let round = 1; round <= rounds; round++) {
      scans.push((await rawScan(store, { dataDir: data.dataDir, connectionString: process.env.DATABASE_URL, schema: data.schema ?? undefined })).ms);
      const order: Variant[] = round % 2 ? ['before', 'after'] : ['after', 'before'];
      if (ALSO_PAGE !== null) alsoPageCpuMs.push((await measured(() => foldLog(after, head, ALSO_PAGE), serverCpu))[1]);
      for (const variant of order) {
        const s = samples[variant];
        const [foldMs, foldCpuMs, foldServerMs] = await measured(() => foldLog(stores[variant] as EventStore, head, PAGE), serverCpu);
        s.foldMs.push(foldMs);
        s.foldCpuMs.push(foldCpuMs);
        s.foldServerMs.push(foldServerMs);
        for (let call = 0; call < asOfCalls; call++) {
          const [ms, cpuMs, serverMs] = await measured(() => readModelAsOfStreams(stores[variant] as EventStore, streams, asOf), serverCpu);
          s.asOfMs.push(ms);
          s.asOfCpuMs.push(cpuMs);
          s.asOfServerMs.push(serverMs);
        }
      }
    }
    const scan = median(scans);
    lines.push(`raw scan median ${scan.toFixed(0)} ms over ${rounds} rounds`);
    for (const variant of ['before', 'after'] as const) {
      const s = samples[variant];
      const fold = median(s.foldMs);
      lines.push(
        `${variant}: fold ${fold.toFixed(0)} ms (cpu ${median(s.foldCpuMs).toFixed(0)} ms${serverCpu ? `, server cpu ${median(s.foldServerMs).toFixed(0)} ms` : ''}), scan/fold ${(scan / fold).toFixed(2)}x; ` +
          `as-of p50 ${percentile(s.asOfMs, 50).toFixed(1)} ms, p95 ${percentile(s.asOfMs, 95).toFixed(1)} ms, cpu/call ${median(s.asOfCpuMs).toFixed(1)} ms` +
          (serverCpu ? `, server cpu/call ${median(s.asOfServerMs).toFixed(1)} ms` : ''),
      );
    }
    const ratio = (pick: (v: Variant) => number) => (pick('before') / pick('after')).toFixed(2);
    lines.push(
      `before/after: fold wall ${ratio((v) => median(samples[v].foldMs))}x, fold cpu ${ratio((v) => median(samples[v].foldCpuMs))}x, ` +
        `as-of p95 ${ratio((v) => percentile(samples[v].asOfMs, 95))}x, as-of cpu ${ratio((v) => median(samples[v].asOfCpuMs))}x`,
    );
    if (ALSO_PAGE !== null) lines.push(`after, pages of ${ALSO_PAGE}: fold cpu ${median(alsoPageCpuMs).toFixed(0)} ms (pages of ${PAGE}: ${median(samples.after.foldCpuMs).toFixed(0)} ms)`);
    if (profile) {
      for (const variant of ['before', 'after'] as const) {
        for (const [name, work] of [
          ['as-of', () => readModelAsOfStreams(stores[variant] as EventStore, streams, asOf)],
          ['fold', () => foldLog(stores[variant] as EventStore, head, PAGE)],
        ] as const) {
          const stop = await startCpuProfile();
          for (let call = 0; call < (name === 'fold' ? 3 : asOfCalls); call++) await work();
          lines.push(`${variant} ${name} profile, self time:`, ...summariseCpuProfile(await stop(), 12).map((line) => `  ${line}`));
        }
      }
    }
    console.log(lines.join('\n'));
  } finally {
    await before.close();
    await serverCpu?.close();
    await server.app.close();
    // READ_KEEP=1 leaves the data set for a closer look (psql, sqlite3) and says where it is.
    if (process.env.READ_KEEP === '1') console.log(`kept: ${data.dataDir} ${data.schema ?? ''}`);
    else await data.destroy();
  }
});

async function measured(work: () => Promise<unknown>, server: ServerCpu | null): Promise<[wallMs: number, cpuMs: number, serverCpuMs: number]> {
  const serverBefore = await server?.read();
  const cpu = process.cpuUsage();
  const started = nowMs();
  await work();
  const used = process.cpuUsage(cpu);
  const wall = nowMs() - started;
  return [wall, (used.user + used.system) / 1000, serverBefore ? server!.since(serverBefore, await server!.read()) : 0];
}

/**
 * The CPU of PostgreSQL's backends serving this database (the bench's own connections: the
 * database is this engineer's), from the kernel's schedstat of each backend process; the
 * watching connection's own backend is left out. A backend that ends mid-measure takes its
 * time with it; one that starts counts in full.
 */
class ServerCpu {
  private constructor(
    private readonly client: Client,
    private readonly ownPid: number,
  ) {}

  static async open(): Promise<ServerCpu> {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return new ServerCpu(client, rows[0].pid);
  }

  async read(): Promise<Map<number, number>> {
    const { rows } = await this.client.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'");
    const cpu = new Map<number, number>();
    for (const { pid } of rows) {
      if (pid === this.ownPid) continue;
      try {
        cpu.set(pid, processCpuNs(pid));
      } catch {
        // The backend ended between the listing and the read.
      }
    }
    return cpu;
  }

  since(before: Map<number, number>, after: Map<number, number>): number {
    let ns = 0;
    for (const [pid, total] of after) ns += total - (before.get(pid) ?? 0);
    return ns / 1e6;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

function median(values: number[]): number {
  return percentile(values, 50);
}

/** The adapters' readAll as it was before ADR 0026, for the "before" rounds. */
function legacyReader(data: BenchData): { store: Pick<EventStore, 'readAll'>; close(): Promise<void> } {
  const copied = (stored: any, column: string | Date): RecordedEvent['metadata'] => ({
    ...stored,
    actorName: stored.actorName ?? null,
    recordedAt: typeof column === 'string' ? column : column.toISOString(),
  });
  if (data.store === 'sqlite') {
    let db: Database.Database | null = null;
    const columns = 'position, stream_id, revision, type, data, metadata, recorded_at';
    return {
      store: {
        async readAll(options?: ReadAllOptions) {
          db ??= new Database(join(data.dataDir, 'events.sqlite'), { readonly: true });
          const { after, limit } = normaliseReadAll(options);
          const filter = normaliseEventFilter(options?.filter);
          const where = filter ? ' AND stream_id IN (SELECT value FROM json_each(?)) AND recorded_at <= ?' : '';
          const params = filter ? [JSON.stringify(filter.streamIds), filter.recordedTo] : [];
          const rows = db.prepare(`SELECT ${columns} FROM events WHERE position > ?${where} ORDER BY position LIMIT ?`).all(after, ...params, limit ?? -1) as any[];
          return rows.map((row) => ({ position: row.position, streamId: row.stream_id, revision: row.revision, type: row.type, data: JSON.parse(row.data), metadata: copied(JSON.parse(row.metadata), row.recorded_at) }));
        },
      },
      close: async () => {
        db?.close();
      },
    };
  }
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2, options: '-c jit=off' });
  const tables = tablesFor(data.schema!);
  const columns = 'position, stream_id, revision, type, data, metadata, recorded_at';
  return {
    store: {
      async readAll(options?: ReadAllOptions) {
        const { after, limit } = normaliseReadAll(options);
        const filter = normaliseEventFilter(options?.filter);
        const { where, params } = postgresFilter(filter, 4);
        const named = filter?.streamIds ?? null;
        const bound = (await readSettledHorizon(pool, tables)) * POSITION_SHIFT;
        const source = named
          ? `WITH named AS MATERIALIZED (
               SELECT e.* FROM (SELECT DISTINCT unnest($${4 + params.length}::text[]) AS stream_id) s
               CROSS JOIN LATERAL (SELECT * FROM ${tables.events} WHERE stream_id = s.stream_id OFFSET 0) e
             ) SELECT ${columns} FROM named`
          : `SELECT ${columns} FROM ${tables.events}`;
        const { rows } = await pool.query(`${source} WHERE position > $1 AND position < $3${where} ORDER BY position LIMIT $2`, [after, limit, bound, ...params, ...(named ? [named] : [])]);
        return rows.map((row: any) => ({ position: Number(row.position), streamId: row.stream_id, revision: row.revision, type: row.type, data: row.data, metadata: copied(row.metadata, row.recorded_at) }));
      },
    },
    close: () => pool.end(),
  };
}
