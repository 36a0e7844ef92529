import type { Pool } from 'pg';
import { applyMigrations, isPlainSchemaName, type PostgresMigration } from '@saferplan/event-store/postgres/postgres-schema';
import { openPool } from '@saferplan/event-store/postgres/postgres-pool';
import type { SessionRow, SessionRows } from './session-rows';

interface Stored {
  id_hash: string;
  claims: Record<string, unknown>;
  csrf_token: string;
  id_token: string | null;
  created_at: string;
  last_seen_at: string;
}

/** Append only: never edit a released migration, add the next one. */
function migrations(table: string): PostgresMigration[] {
  return [
    {
      version: 1,
      name: 'browser sessions',
      sql: `
        CREATE TABLE ${table} (
          id_hash      text   PRIMARY KEY,
          claims       json   NOT NULL,
          csrf_token   text   NOT NULL,
          id_token     text,
          created_at   bigint NOT NULL,
          last_seen_at bigint NOT NULL
        );
      `,
    },
  ];
}

/** Sessions in the PostgreSQL schema of the read models, so every API instance knows every session. */
export class PostgresSessionRows implements SessionRows {
  static async connect(options: { connectionString: string; schema: string }): Promise<PostgresSessionRows> {
    if (!isPlainSchemaName(options.schema)) throw new Error(`Invalid PostgreSQL schema name for sessions: ${options.schema}`);
    const schema = `"${options.schema}"`;
    const table = `${schema}.sessions`;
    const migrate = (pool: Pool) => applyMigrations(pool, schema, `${schema}.session_migrations`, migrations(table));
    const pool = await openPool({ connectionString: options.connectionString, max: 2, owner: 'session store' }, migrate);
    return new PostgresSessionRows(pool, table);
  }

  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
  ) {}

  async insert(row: SessionRow): Promise<void> {
    await this.pool.query(`INSERT INTO ${this.table} (id_hash, claims, csrf_token, id_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      row.idHash,
      JSON.stringify(row.claims),
      row.csrfToken,
      row.idToken,
      row.createdAt,
      row.lastSeenAt,
    ]);
  }

  async find(idHash: string): Promise<SessionRow | null> {
    const { rows } = await this.pool.query<Stored>(`SELECT * FROM ${this.table} WHERE id_hash = $1`, [idHash]);
    const stored = rows[0];
    if (!stored) return null;
    return {
      idHash: stored.id_hash,
      claims: stored.claims,
      csrfToken: stored.csrf_token,
      idToken: stored.id_token,
      createdAt: Number(stored.created_at),
      lastSeenAt: Number(stored.last_seen_at),
    };
  }

  async touch(idHash: string, lastSeenAt: number): Promise<void> {
    await this.pool.query(`UPDATE ${this.table} SET last_seen_at = GREATEST(last_seen_at, $1) WHERE id_hash = $2`, [lastSeenAt, idHash]);
  }

  async delete(idHash: string): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE id_hash = $1`, [idHash]);
  }

  async deleteExpired(createdBefore: number, seenBefore: number): Promise<void> {
    await this.pool.query(`DELETE FROM ${this.table} WHERE created_at < $1 OR last_seen_at < $2`, [createdBefore, seenBefore]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
