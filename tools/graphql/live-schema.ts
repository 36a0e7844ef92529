import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadConfig } from '@saferplan/config';

/** Where the schema and the web app's types derived from it are committed. */
export const SCHEMA_FILE = join(__dirname, '../../schema.graphql');
export const WEB_TYPES_FILE = join(__dirname, '../../apps/web/src/generated/graphql-types.ts');
export const REGENERATE = 'npm run schema';

/**
 * The schema the API serves, as SDL, printed from the GraphQL module after start-up (code-first:
 * this is the only place it exists). Sorted, so moving a resolver changes nothing here.
 */
export async function printLiveSchema(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-schema-'));
  const config = {
    ...loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0' }),
    eventStore: 'sqlite' as const,
    dataDir,
  };
  const app = await createApp(config, false);
  try {
    return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
