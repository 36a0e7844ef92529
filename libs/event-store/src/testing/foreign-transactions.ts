import { Client } from 'pg';

/**
 * Test-only: transactions the SaferPlan store does not own, held open on the same PostgreSQL
 * server (issue 14, failure 1). Each kind once held back every global reader of the log.
 */
export type ForeignTransactionKind = 'other-database' | 'idle-in-transaction' | 'snapshot-holder';

export const FOREIGN_TRANSACTION_KINDS: ForeignTransactionKind[] = ['other-database', 'idle-in-transaction', 'snapshot-holder'];

/**
 * The database the "other database" case connects to by default; created on demand, dropped by
 * dropOtherDatabase. Suites that may run at the same time pass names of their own.
 */
export const OTHER_DATABASE = 'pgtxn_other';

export interface ForeignTransaction {
  kind: ForeignTransactionKind;
  /** Ends the transaction (rolls it back) and closes its connection. */
  end(): Promise<void>;
}

/**
 * Opens a transaction of the given kind and leaves it idle in transaction:
 * - other-database: a transaction with a transaction id, in another database on the server;
 * - idle-in-transaction: the same in our own database;
 * - snapshot-holder: a REPEATABLE READ transaction that has read (holds a snapshot) and written
 *   (holds a transaction id) in our own database.
 */
export async function holdForeignTransaction(
  connectionString: string,
  kind: ForeignTransactionKind,
  otherDatabase = OTHER_DATABASE,
): Promise<ForeignTransaction> {
  const target = kind === 'other-database' ? await otherDatabaseUrl(connectionString, otherDatabase) : connectionString;
  const client = new Client({ connectionString: target });
  await client.connect();
  client.on('error', () => undefined);
  if (kind === 'snapshot-holder') {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await client.query('SELECT count(*) FROM pg_class');
  } else {
    await client.query('BEGIN');
  }
  // Assigns the transaction an id, as any write would: the id is what held readers back.
  await client.query('SELECT pg_current_xact_id()');
  return {
    kind,
    end: async () => {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** The connection string of a test database on the same server, creating the database if needed. */
export async function otherDatabaseUrl(connectionString: string, name = OTHER_DATABASE): Promise<string> {
  if (!/^pgtxn_[a-z0-9_]+$/.test(name)) throw new Error(`not a test database name: ${name}`);
  const admin = new Client({ connectionString });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      // Two suites may create it at once: the loser's duplicate_database (42P04) is fine.
      await admin.query(`CREATE DATABASE ${name}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await admin.end();
  }
  const url = new URL(connectionString);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the test database (closing what is still connected to it). */
export async function dropOtherDatabase(connectionString: string, name = OTHER_DATABASE): Promise<void> {
  if (!/^pgtxn_[a-z0-9_]+$/.test(name)) throw new Error(`not a test database name: ${name}`);
  const admin = new Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
