import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Type } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dropSchema, freshTestSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { serviceConnection, skipReason } from '@saferplan/event-store/testing/service-suite';
import { createApp } from '../../apps/api/src/bootstrap';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { mintToken, type SaferPlanClaims } from '@saferplan/identity/tokens';

/** Fixed per-harness signing secret (tests mint their own tokens with `harness.token(...)`). */
const HARNESS_SECRET = 'saferplan-e2e-harness-secret-0123456789';
const HARNESS_ADMIN: SaferPlanClaims = { sub: 'e2e-admin', name: 'E2E admin', roles: ['admin'] };

/**
 * The stores an end-to-end suite runs on: SQLite always, PostgreSQL too when DATABASE_URL is set
 * (CI sets it, and REQUIRE_POSTGRES=1 so that leaving PostgreSQL out fails instead).
 */
export type StoreUnderTest = 'sqlite' | 'postgres';

export function storesUnderTest(): StoreUnderTest[] {
  if (serviceConnection('postgres')) return ['sqlite', 'postgres'];
  console.warn(`end-to-end suites run on SQLite only: ${skipReason('postgres')}`);
  return ['sqlite'];
}

export interface HarnessOptions extends Partial<AppConfig> {
  /** Which store; by default EVENT_STORE from the environment. PostgreSQL gets a fresh schema unless databaseSchema is given. */
  store?: StoreUnderTest;
  /** The clock browser sessions expire by, so a spec moves time instead of waiting. */
  sessionClock?: () => number;
}

function storeConfig(store: StoreUnderTest | undefined): Partial<AppConfig> {
  if (store === 'sqlite') return { eventStore: 'sqlite' };
  if (store !== 'postgres') return {};
  if (!process.env.DATABASE_URL) throw new Error('ApiHarness: store "postgres" needs DATABASE_URL');
  return { eventStore: 'postgres', databaseUrl: process.env.DATABASE_URL };
}

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/**
 * A real API server on a random loopback port, spoken to over HTTP like any client. The store
 * follows EVENT_STORE / DATABASE_URL from the environment, so the same suites run on every store.
 */
export class ApiHarness {
  private app: NestFastifyApplication | null = null;
  private url = '';

  /** The PostgreSQL schema this harness created; dropped on stop(). */
  private ownedSchema: string | null = null;

  private constructor(
    readonly config: AppConfig,
    private readonly sessionClock?: () => number,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<ApiHarness> {
    const { store, sessionClock, ...rest } = options;
    const postgres = (store ?? process.env.EVENT_STORE?.trim()) === 'postgres';
    // Each harness on PostgreSQL has its own schema, so suites and restarts never see each other's events.
    const ownedSchema = postgres && !rest.databaseSchema ? freshTestSchema() : null;
    const overrides: Partial<AppConfig> = { ...storeConfig(store), ...(ownedSchema ? { databaseSchema: ownedSchema } : {}), ...rest };
    const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-e2e-'));
    const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0' }), dataDir, authJwtSecret: HARNESS_SECRET, ...overrides };
    const harness = new ApiHarness(config, sessionClock);
    harness.ownedSchema = ownedSchema;
    try {
      await harness.boot();
    } catch (error) {
      await harness.stop(); // a server that failed to start still leaves no schema or directory behind
      throw error;
    }
    return harness;
  }

  private async boot(): Promise<void> {
    this.app = await createApp(this.config, false, { sessionClock: this.sessionClock });
    // Port 0 (any free one) unless a spec needs a known address, e.g. for an OIDC redirect URI.
    await this.app.listen(this.config.port, '127.0.0.1');
    const address = this.app.getHttpServer().address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    this.url = `http://127.0.0.1:${address.port}`;
  }

  /** Stops the server and starts a new one on the same data, as after a deployment. */
  async restart(): Promise<void> {
    await this.app?.close();
    await this.boot();
  }

  /** A bearer token signed with this server's secret, carrying its issuer. */
  token(claims: SaferPlanClaims, expiresIn?: string | number): string {
    return mintToken(this.config.authJwtSecret!, claims, expiresIn, this.config.authTokenIssuer);
  }

  /**
   * Headers for a request: an admin's bearer token unless `authorization` is given ('' sends
   * none). A legacy `x-actor` header becomes an admin token with that name as sub and name.
   */
  authHeaders(headers: Record<string, string> = {}): Record<string, string> {
    const { 'x-actor': actor, authorization, ...rest } = headers;
    const claims = actor ? { ...HARNESS_ADMIN, sub: actor, name: actor } : HARNESS_ADMIN;
    const bearer = authorization ?? `Bearer ${this.token(claims)}`;
    return bearer ? { ...rest, authorization: bearer } : rest;
  }

  async gql<T = any>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.authHeaders(headers) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLAnswer<T>;
    return { ...body, status: response.status } as GraphQLAnswer<T>;
  }

  /** The data of an answer that must have succeeded; fails the test with the errors otherwise. */
  async ok<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
    const answer = await this.gql<T>(query, variables, headers);
    if (answer.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  }

  /** GET a path of this server (e.g. a board pack) with the admin token unless told otherwise. */
  download(path: string, headers?: Record<string, string>): Promise<Response> {
    return fetch(`${this.url}${path}`, { headers: this.authHeaders(headers) });
  }

  /** A provider of the running app (e.g. PlanProjector), for specs that look inside. */
  resolve<T>(token: Type<T> | symbol): T {
    if (!this.app) throw new Error('ApiHarness: the server is not running');
    return this.app.get<T>(token as Type<T>);
  }

  get baseUrl(): string {
    return this.url;
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await this.app?.close();
    this.app = null;
    if (!options.keepData) rmSync(this.config.dataDir, { recursive: true, force: true });
    if (!options.keepData && this.ownedSchema) await dropSchema(this.config.databaseUrl!, this.ownedSchema);
  }
}
