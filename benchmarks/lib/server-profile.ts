import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CpuProfile, type ProfileWindow, summariseCpuProfile } from './cpu-profile';
import type { ServerProcess } from './server-process';

/** Runs one phase of a workload, marked for the server's profile when one is taken. */
export type During = <T>(label: string, work: () => Promise<T>) => Promise<T>;

/** The monotonic clock in microseconds: what V8's profiles count in (CpuProfile.startTime). */
const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

interface Marked extends ProfileWindow {
  label: string;
  /** The server's resident memory at the end of the window, and its peak so far (MB). */
  rssMb: number;
  peakMb: number;
}

/**
 * `npm run bench -- --server-profile`: the built server runs with --cpu-prof, and each HTTP
 * workload marks its stretch of time, so the profile of every thread (the request thread, the
 * SQLite writer, the heavy-read worker) can be read per workload afterwards, from the same run as
 * the figures. Memory is read at each window's end from /proc (VmRSS, VmHWM).
 */
export class ServerProfileWindows {
  private readonly marked: Marked[] = [];

  constructor(
    private readonly server: ServerProcess,
    readonly dir: string,
  ) {}

  async during<T>(label: string, work: () => Promise<T>): Promise<T> {
    const from = monotonicUs();
    try {
      return await work();
    } finally {
      this.marked.push({ label, from, to: monotonicUs(), ...this.server.memoryMb() });
    }
  }

  /** After the server stopped (it writes its profiles as it exits): per window, per thread. */
  summarise(rows = 12): string[] {
    const threads = readdirSync(this.dir)
      .filter((file) => file.endsWith('.cpuprofile'))
      .sort()
      .map((file) => {
        const profile = JSON.parse(readFileSync(join(this.dir, file), 'utf8')) as CpuProfile;
        return { name: threadName(file, profile), profile };
      });
    const lines: string[] = [];
    for (const window of this.marked) {
      lines.push(`${window.label}: ${((window.to - window.from) / 1000).toFixed(0)} ms; server RSS at its end ${window.rssMb.toFixed(0)} MB, peak so far ${window.peakMb.toFixed(0)} MB`);
      for (const { name, profile } of threads) {
        const { sampled, idle } = sampledIn(profile, window);
        if (sampled === 0) continue;
        lines.push(`  ${name}: busy ${(((sampled - idle) / (window.to - window.from)) * 100).toFixed(0)}% of the window`);
        lines.push(...summariseCpuProfile(profile, rows, window).map((line) => `    ${line}`));
      }
    }
    return lines;
  }
}

/** Node names each thread's file CPU.<date>.<time>.<pid>.<thread id>.<n>; thread 0 is the request thread. */
function threadName(file: string, profile: CpuProfile): string {
  const threadId = file.split('.')[4];
  if (threadId === '0') return 'request thread';
  const urls = profile.nodes.map((node) => node.callFrame.url);
  if (urls.some((url) => url.includes('heavy-read.worker'))) return `heavy-read worker (thread ${threadId})`;
  if (urls.some((url) => url.includes('sqlite-writer.worker'))) return `SQLite writer thread (thread ${threadId})`;
  return `thread ${threadId}`;
}

function sampledIn(profile: CpuProfile, window: ProfileWindow): { sampled: number; idle: number } {
  const idleIds = new Set(profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((node) => node.id));
  let at = profile.startTime;
  let sampled = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    at += micros;
    if (at < window.from || at > window.to) return;
    sampled += micros;
    if (idleIds.has(id)) idle += micros;
  });
  return { sampled, idle };
}
