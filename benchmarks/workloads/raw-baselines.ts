import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client, Pool } from 'pg';
import { nowMs, ratePerSecond, runConcurrently } from '../lib/measure';

const ROW = JSON.stringify({ actionId: 'a', quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 25, narrative: 'x'.repeat(120) });

/** W0: raw better-sqlite3 commits with synchronous=FULL, one row or 100 rows a transaction (rows/s). */
export function rawSqliteCommits(dataDir: string, transactions: number, rowsPerTransaction: number): number {
  const db = new Database(join(dataDir, `raw-${rowsPerTransaction}.sqlite`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE events (position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT, revision INTEGER, type TEXT, data TEXT, metadata TEXT, UNIQUE(stream_id, revision))');
  const insert = db.prepare('INSERT INTO events (stream_id, revision, type, data, metadata) VALUES (?, ?, ?, ?, ?)');
  const commit = db.transaction((t: number) => {
    for (let r = 0; r < rowsPerTransaction; r++) insert.run(`s-${t % 100}`, Math.floor(t / 100) * rowsPerTransaction + r, 'QuarterlyUpdateRecorded', ROW, '{}');
  });
  const started = nowMs();
  for (let t = 0; t < transactions; t++) commit(t);
  const rate = ratePerSecond(transactions * rowsPerTransaction, nowMs() - started);
  db.close();
  return rate;
}

/** W0: raw pg single-row INSERT commits from `connections` connections at once (rows/s). */
export async function rawPostgresInserts(connectionString: string, schema: string, rows: number, connections: number): Promise<number> {
  const pool = new Pool({ connectionString, max: connections });
  const table = `${schema}.raw_inserts_${connections}`;
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(`CREATE TABLE ${table} (position BIGSERIAL PRIMARY KEY, stream_id TEXT, revision INT, type TEXT, data JSON, metadata JSON, UNIQUE(stream_id, revision))`);
  const { ms } = await runConcurrently(connections, rows, async (index) => {
    await pool.query(`INSERT INTO ${table} (stream_id, revision, type, data, metadata) VALUES ($1, $2, $3, $4, '{}')`, [`s-${index % 100}`, Math.floor(index / 100), 'QuarterlyUpdateRecorded', ROW]);
  });
  await pool.end();
  return ratePerSecond(rows, ms);
}

/** W0: raw scan of the whole events table with JSON.parse of data and metadata (events/s, ms). */
export async function rawScan(store: 'sqlite' | 'postgres', location: { dataDir: string; connectionString?: string; schema?: string }): Promise<{ events: number; ms: number }> {
  const started = nowMs();
  let events = 0;
  if (store === 'sqlite') {
    const db = new Database(join(location.dataDir, 'events.sqlite'), { readonly: true });
    for (const row of db.prepare('SELECT data, metadata FROM events ORDER BY position').iterate() as Iterable<{ data: string; metadata: string }>) {
      JSON.parse(row.data);
      JSON.parse(row.metadata);
      events++;
    }
    db.close();
  } else {
    const client = new Client({ connectionString: location.connectionString });
    await client.connect();
    // Text columns, parsed here, so the baseline pays for JSON.parse like the projection does.
    let after = -1;
    for (;;) {
      const { rows } = await client.query(`SELECT position, data::text AS data, metadata::text AS metadata FROM ${location.schema}.events WHERE position > $1 ORDER BY position LIMIT 5000`, [after]);
      if (rows.length === 0) break;
      for (const row of rows) {
        JSON.parse(row.data);
        JSON.parse(row.metadata);
      }
      events += rows.length;
      after = Number(rows[rows.length - 1].position);
    }
    await client.end();
  }
  return { events, ms: nowMs() - started };
}
