import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_TOKEN_ISSUER } from '@saferplan/config/app-config';
import { mintToken } from '@saferplan/identity/tokens';

const ROOT = join(__dirname, '..', '..', '..');
/** Signs the chaos suite's tokens; every server it starts accepts them. */
export const CHAOS_SECRET = 'saferplan-chaos-suite-secret-0123456789';
const ADMIN = mintToken(CHAOS_SECRET, { sub: 'chaos-admin', name: 'Chaos admin', roles: ['admin'] }, 3600, DEFAULT_TOKEN_ISSUER);

/** The suite's own ports (4300-4399); a spec file takes a slice of ten by its `slot`. */
const PORT_BASE = 4300;

export interface ChaosServerOptions {
  /** Which slice of ten ports to pick from (0-9), so spec files running at once never meet. */
  slot: number;
  dataDir: string;
  store: 'sqlite' | 'postgres';
  databaseSchema?: string;
  env?: Record<string, string>;
}

export interface Answer<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * A real API server in a child process (ts-run through tools/run-ts.js, as `npm run schema`
 * runs TypeScript), so it can be killed with SIGKILL mid-write and started again on the same
 * data: nothing of it survives but what it stored.
 */
export class ChaosServer {
  private exited: Promise<void>;
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString('utf8')).slice(-4000);
    });
  }

  static async start(options: ChaosServerOptions): Promise<ChaosServer> {
    const port = await freePortIn(PORT_BASE + options.slot * 10, 10);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      PORT: String(port),
      DATA_DIR: options.dataDir,
      EVENT_STORE: options.store,
      AUTH_JWT_SECRET: CHAOS_SECRET,
      RATE_LIMIT_PER_MINUTE: '1000000',
      ...(options.store === 'postgres' ? { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: options.databaseSchema } : {}),
      ...options.env,
    };
    const child = spawn(process.execPath, [join(ROOT, 'tools', 'run-ts.js'), join(ROOT, 'apps', 'api', 'src', 'main.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const server = new ChaosServer(child, `http://127.0.0.1:${port}/graphql`);
    await server.waitUntilAnswering();
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  private async waitUntilAnswering(): Promise<void> {
    for (let attempt = 0; attempt < 1200; attempt++) {
      if (this.child.exitCode !== null) throw new Error(`chaos server exited with ${this.child.exitCode}: ${this.stderr}`);
      try {
        await this.gql('{ __typename }');
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await this.kill9();
    throw new Error(`chaos server did not answer within a minute: ${this.stderr}`);
  }

  /** One GraphQL request as the admin; throws only when no HTTP answer came back (e.g. it was killed). */
  async gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Answer<T>;
    return { ...body, status: response.status };
  }

  async ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await this.gql<T>(query, variables);
    if (answer.errors?.length || answer.status !== 200) throw new Error(`GraphQL answer ${answer.status}: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async kill9(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** A clean stop (SIGTERM), as a deployment would. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

async function freePortIn(first: number, count: number): Promise<number> {
  const start = Math.floor(Math.random() * count);
  for (let i = 0; i < count; i++) {
    const port = first + ((start + i) % count);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in ${first}-${first + count - 1}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
