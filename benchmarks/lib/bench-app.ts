import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CommandBus } from '@nestjs/cqrs';
import { CommandWriter } from '../../apps/api/src/common/command-writer';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '@saferplan/identity/tokens';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { DEVELOPMENT_KEY_FILE, loadSigningKey } from '@saferplan/event-store/audit/signing-key';

export type BenchStore = 'sqlite' | 'postgres';

const BENCH_SECRET = `bench-${randomUUID()}-${randomUUID()}`;
export const BENCH_RATE_LIMIT = 1_000_000_000;

/** Headers for HTTP calls: an admin bearer token, so the benchmark passes access control. */
let headers: Record<string, string> | null = null;
export function benchHeaders(): Record<string, string> {
  headers ??= {
    'content-type': 'application/json',
    authorization: `Bearer ${mintToken(BENCH_SECRET, { sub: 'bench-admin', name: 'Benchmark administrator', roles: ['admin'] })}`,
  };
  return headers;
}

/** Headers of another user (an administrator of their own sub), for workloads whose limits are per user. */
export function benchUserHeaders(sub: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${mintToken(BENCH_SECRET, { sub, name: `Benchmark user ${sub}`, roles: ['admin'] })}`,
  };
}

/** Where one benchmark run keeps its data: a temp dir, and for PostgreSQL a fresh schema. */
export class BenchData {
  private constructor(
    readonly store: BenchStore,
    readonly dataDir: string,
    readonly schema: string | null,
  ) {}

  static create(store: BenchStore): BenchData {
    const dataDir = mkdtempSync(join(tmpdir(), `saferplan-bench-${store}-`));
    const schema = store === 'postgres' ? `saferplan_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}` : null;
    return new BenchData(store, dataDir, schema);
  }

  config(): AppConfig {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      DATA_DIR: this.dataDir,
      EVENT_STORE: this.store,
      AUTH_JWT_SECRET: BENCH_SECRET,
      // One benchmark user sends far more than a person would: lift the per-user rate limit.
      RATE_LIMIT_PER_MINUTE: String(BENCH_RATE_LIMIT),
      // One key for the in-process server and the built one: both sign events and heads with it.
      AUDIT_SIGNING_KEY_FILE: signingKeyBeside(this.dataDir),
    };
    if (this.schema) env.DATABASE_SCHEMA = this.schema;
    const config = loadConfig(env);
    // Older configs had no schema setting: keep the run isolated either way.
    return this.schema ? ({ ...config, databaseSchema: this.schema } as AppConfig) : config;
  }

  async destroy(): Promise<void> {
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(`${this.dataDir}-keys`, { recursive: true, force: true });
    if (this.schema && process.env.DATABASE_URL) {
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
      await client.end();
    }
  }
}

/** Production needs the signing key outside the data directory: one generated beside it. */
function signingKeyBeside(dataDir: string): string {
  const keys = `${dataDir}-keys`;
  loadSigningKey({ dataDir: keys, production: false });
  return join(keys, DEVELOPMENT_KEY_FILE);
}

/** The real API server for a data directory, listening on a loopback port. */
export async function startBenchApp(data: BenchData): Promise<{ app: NestFastifyApplication; url: string; commandBus: CommandBus; writer: CommandWriter }> {
  const app = await createApp(data.config(), false);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  return { app, url: `http://127.0.0.1:${address.port}/graphql`, commandBus: app.get(CommandBus), writer: app.get(CommandWriter) };
}
