import { Client } from 'pg';
import { PLAN_READ_MODEL_PROJECTION } from '../read-model-store/read-model-store';
import type { ProjectorWriterLock } from './writer-lock';

/**
 * The plan projector's lock name in a schema. Advisory locks are per database, so the schema is
 * part of the name: two deployments (or test runs) in one database never block each other; the
 * projection version is too, so a new release's projector does not wait for the old one's.
 */
export function planProjectorLockName(schema: string): string {
  return `saferplan-projector:${schema}:${PLAN_READ_MODEL_PROJECTION}`;
}

/** SQL: how many sessions hold the named lock now ($1 = name); for operators and tests. */
export const ADVISORY_LOCK_HOLDERS_SQL = `
  SELECT pid FROM pg_locks
  WHERE locktype = 'advisory' AND granted AND objsubid = 1
    AND ((classid::bigint << 32) | objid::bigint) = hashtextextended($1, 0)`;

export interface PostgresWriterLockOptions {
  connectionString: string;
  /** Names the lock; instances agree on it when they share schema and projection. */
  name: string;
  /** Where a lost connection is reported; console.error by default. */
  onError?: (error: Error) => void;
}

/**
 * A session-level PostgreSQL advisory lock on a connection of its own. The lock lives exactly as
 * long as that session: if the process dies or its connection drops, PostgreSQL releases it and
 * another instance's next tryAcquire() gets it. (A transaction-level lock would not do: the writer
 * saves through a pool, one transaction per batch.)
 */
export class PostgresWriterLock implements ProjectorWriterLock {
  private client: Client | null = null;
  private held = false;
  private released = false;

  constructor(private readonly options: PostgresWriterLockOptions) {}

  /** The backend process id holding (or trying for) the lock, for operators reading pg_locks. */
  get sessionPid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  async tryAcquire(): Promise<boolean> {
    if (this.released) return false;
    try {
      const client = await this.connection();
      if (this.held) {
        // Still our session? Then still our lock. (Asking pg_try_advisory_lock again would stack
        // a second hold on the same session.)
        await client.query('SELECT 1');
        return true;
      }
      const { rows } = await client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS acquired', [
        this.options.name,
      ]);
      this.held = rows[0].acquired;
      return this.held;
    } catch (error) {
      this.report(error as Error);
      await this.dropConnection();
      return false;
    }
  }

  async release(): Promise<void> {
    this.released = true;
    // Ending the session releases the lock; no unlock call needed (and none that could fail).
    await this.dropConnection();
  }

  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.options.connectionString });
    // A dropped session must not crash the process: the next tryAcquire() reconnects.
    client.on('error', (error) => {
      if (this.client !== client) return;
      this.report(error);
      this.held = false;
      this.client = null;
      client.end().catch(() => undefined);
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async dropConnection(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.held = false;
    await client?.end().catch(() => undefined);
  }

  private report(error: Error): void {
    if (this.options.onError) this.options.onError(error);
    else console.error(`projector writer lock ${this.options.name}:`, error);
  }
}
