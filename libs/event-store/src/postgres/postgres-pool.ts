import { Pool, type PoolClient } from 'pg';

export interface OpenPoolOptions {
  connectionString: string;
  /** Connections in the pool. */
  max: number;
  /** Who owns the pool, in the log line of a failed idle connection. */
  owner: string;
}

/**
 * The one way the PostgreSQL stores open their pool: `prepare` (their migrations) runs before the
 * pool is handed out, and the pool is ended again if it fails. An idle connection the server drops
 * is logged, not thrown: it must not crash the process, and the next query reconnects.
 */
export async function openPool(options: OpenPoolOptions, prepare: (pool: Pool) => Promise<void>): Promise<Pool> {
  // JIT off: PostgreSQL compiles a query whose estimated cost is high, and on a freshly loaded
  // table the estimates are far off; a 5 ms as-of lookup of one partnership's streams paid 300 ms
  // of compilation. None of our queries is long enough to gain from it. (An `options` parameter in
  // DATABASE_URL still wins.)
  const pool = new Pool({ connectionString: options.connectionString, max: options.max, options: '-c jit=off' });
  pool.on('error', (error) => console.error(`${options.owner}: idle PostgreSQL connection failed`, error));
  try {
    await prepare(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/**
 * Runs `work` in one transaction on a pooled connection: commits what it returns, rolls back what
 * it throws (and rethrows), and always hands the connection back. `begin` opens the transaction
 * (e.g. `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` for one snapshot across reads).
 * The one way the PostgreSQL event store and read-model store run a transaction.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
