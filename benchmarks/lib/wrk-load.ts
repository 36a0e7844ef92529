import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * wrk (Debian's package) as the HTTP floor's load generator. The issue measured the floor with
 * wrk, and for good reason: a client in Node costs about as much CPU per request as a small
 * server does, so on two cores a Node client and the server take turns and each server is
 * measured half idle, paying an event-loop wake-up per request. wrk, in C, keeps the server
 * saturated, which is the state a throughput ratio is about. Where wrk is missing the floor falls
 * back to the Node client and says so.
 */
export function wrkPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export interface WrkResult {
  requests: number;
  seconds: number;
  /** Answers whose status was not 2xx, and connect/read/write/timeout errors: any is a failed run. */
  non2xx: number;
  socketErrors: number;
}

/** POSTs `body` with `headers` from `connections` keep-alive connections for `seconds`. */
export async function wrkLoad(
  wrk: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'saferplan-wrk-'));
  try {
    const script = join(dir, 'request.lua');
    const lines = [`wrk.method = "POST"`, `wrk.body = ${luaString(body)}`];
    for (const [name, value] of Object.entries(headers)) lines.push(`wrk.headers[${luaString(name)}] = ${luaString(value)}`);
    writeFileSync(script, lines.join('\n') + '\n');
    const output = await new Promise<string>((resolve, reject) =>
      execFile(wrk, ['-t1', `-c${connections}`, `-d${seconds}s`, '-s', script, url], (error, stdout, stderr) =>
        error ? reject(new Error(`wrk failed: ${stderr || error.message}`)) : resolve(stdout),
      ),
    );
    return parseWrk(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads wrk's summary: "N requests in 8.00s", "Non-2xx or 3xx responses: K", "Socket errors: ...". */
export function parseWrk(output: string): WrkResult {
  const done = /(\d+) requests in ([\d.]+)(ms|s|m)\b/.exec(output);
  if (!done) throw new Error(`wrk printed no request count:\n${output}`);
  const unit = done[3] === 'ms' ? 0.001 : done[3] === 'm' ? 60 : 1;
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requests: Number(done[1]),
    seconds: Number(done[2]) * unit,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
    socketErrors: sockets ? sockets.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

function luaString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
