import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort, post, startProdFlags } from '../lib/server-process';

export type PeerKind = 'node:http' | 'Fastify' | 'NestJS + Mercurius';

const ROOT = join(__dirname, '..', '..');
const SERVERS: Record<PeerKind, string> = {
  'node:http': 'node-http-server.ts',
  Fastify: 'fastify-server.ts',
  'NestJS + Mercurius': 'nest-mercurius-server.ts',
};

/**
 * A peer server in its own process, started like ours: start:prod's node flags and
 * NODE_ENV=production. It runs through tools/run-ts.js, which compiles each file once as it is
 * loaded; after start-up the code that answers requests is the same as a compiled build's.
 */
export class PeerServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly kind: PeerKind,
    readonly url: string,
  ) {}

  static async start(kind: PeerKind): Promise<PeerServer> {
    const port = await freePort();
    const { NODE_OPTIONS: _runnerOptions, ...inherited } = process.env;
    const child = spawn(
      process.execPath,
      [...startProdFlags(), join(ROOT, 'tools', 'run-ts.js'), join(__dirname, SERVERS[kind])],
      {
        cwd: ROOT,
        env: { ...inherited, NODE_ENV: 'production', PORT: String(port) },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const server = new PeerServer(child, kind, `http://127.0.0.1:${port}/graphql`);
    await server.waitUntilAnswering();
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  private async waitUntilAnswering(): Promise<void> {
    for (let attempt = 0; attempt < 1500; attempt++) {
      if (this.child.exitCode !== null) throw new Error(`${this.kind} peer exited with ${this.child.exitCode}`);
      try {
        const answer = await post<{ hello: string }>(this.url, '{ hello }');
        if (answer.data?.hello === 'world') return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${this.kind} peer did not answer`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
