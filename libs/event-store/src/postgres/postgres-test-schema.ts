import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Test-only: a fresh schema name per run, so parallel runs on one database never meet. */
export function freshTestSchema(): string {
  return `saferplan_test_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
