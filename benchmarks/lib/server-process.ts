import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BenchData } from './bench-app';
import { benchHeaders } from './bench-app';

export const BUILT_SERVER = join(__dirname, '..', '..', 'dist', 'apps', 'api', 'apps', 'api', 'src', 'main.js');

/**
 * The built API server in its own process, as in production, so the load generator does not
 * share its event loop. Its peak memory is read from the kernel (VmHWM).
 */
export class ServerProcess {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** `nodeFlags` go beside start:prod's (e.g. --cpu-prof for `npm run bench -- --profile w2`). */
  static async start(data: BenchData, nodeFlags: string[] = []): Promise<ServerProcess> {
    if (!existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run npm run build first`);
    const port = await freePort();
    const config = data.config();
    // Not the benchmark runner's NODE_OPTIONS (a 4 GB heap): the server gets start:prod's flags.
    const { NODE_OPTIONS: _runnerOptions, ...inherited } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...inherited,
      // As deployed: graphql-js, Fastify and Nest skip their development-time checks in production.
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: data.dataDir,
      EVENT_STORE: data.store,
      AUTH_JWT_SECRET: config.authJwtSecret ?? undefined,
      RATE_LIMIT_PER_MINUTE: String(config.rateLimitPerMinute),
      AUDIT_SIGNING_KEY_FILE: config.auditSigningKeyFile ?? undefined,
      ...(data.schema ? { DATABASE_SCHEMA: data.schema } : {}),
    };
    const child = spawn(process.execPath, [...startProdFlags(), ...nodeFlags, BUILT_SERVER], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const server = new ServerProcess(child, `http://127.0.0.1:${port}/graphql`);
    await server.waitUntilAnswering();
    return server;
  }

  private async waitUntilAnswering(): Promise<void> {
    for (let attempt = 0; attempt < 600; attempt++) {
      if (this.child.exitCode !== null) throw new Error(`server exited with ${this.child.exitCode}`);
      try {
        await post(this.url, '{ __typename }');
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
    throw new Error('server did not answer');
  }

  /** The server's process id, to read its CPU time from /proc. */
  get pid(): number {
    return this.child.pid!;
  }

  /** Peak resident memory of the server process so far, in bytes. */
  peakRss(): number {
    return this.statusKb('VmHWM') * 1024;
  }

  /** Resident memory now and at its peak so far, in MB. */
  memoryMb(): { rssMb: number; peakMb: number } {
    return { rssMb: this.statusKb('VmRSS') / 1024, peakMb: this.statusKb('VmHWM') / 1024 };
  }

  private statusKb(field: 'VmHWM' | 'VmRSS'): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
    return kb ? Number(kb[1]) : 0;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}

/** The node flags of `npm run start:prod` (the heap cap), so the server runs exactly as deployed. */
export function startProdFlags(): string[] {
  const script: string = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).scripts['start:prod'];
  return script.split(/\s+/).filter((word) => word.startsWith('--'));
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

/**
 * A lean keep-alive HTTP client: fetch costs more CPU than the server does for small queries.
 * Sends the benchmark's admin token unless other headers are given (e.g. none, to be refused).
 */
export function post<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = benchHeaders(),
): Promise<{ data?: T; errors?: Array<{ extensions?: { code?: string } }> }> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * POSTs a GraphQL body and reads the answer's status, byte length and first bytes without
 * parsing it: for answers of megabytes, which the load generator would otherwise spend more CPU
 * parsing than the server spends answering (W7: 8 clients on one thread, 1.6 MB each).
 */
export function postUnparsed(url: string, body: string, headers: Record<string, string> = benchHeaders()): Promise<{ status: number; length: number; head: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let length = 0;
      let head = '';
      res.on('data', (chunk: Buffer) => {
        if (length === 0) head = chunk.subarray(0, 64).toString('utf8');
        length += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, length, head }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
