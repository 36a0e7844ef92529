import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time a server process has used, read from the kernel so that any server can be measured
 * the same way, ours as built included, without changing it. /proc/<pid>/stat counts in clock
 * ticks (10 ms here), too coarse for a load of a few hundred milliseconds; each thread's
 * /proc/<pid>/task/<tid>/schedstat counts nanoseconds on the CPU, so the threads' sum is used.
 * A thread that exits takes its time with it; Node's threads (main, libuv pool, V8 workers)
 * live as long as the process.
 */
export function processCpuNs(pid: number): number {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      total += parseSchedstat(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'));
    } catch {
      // The thread exited between the listing and the read.
    }
  }
  return total;
}

/** The first field of a schedstat line: nanoseconds spent on the CPU. */
export function parseSchedstat(text: string): number {
  const first = text.trim().split(/\s+/)[0];
  const ns = Number(first);
  if (first === '' || !Number.isFinite(ns) || ns < 0) throw new Error(`not a schedstat line: "${text.trim()}"`);
  return ns;
}

/** Server CPU per request in microseconds, from two readings of processCpuNs around a load. */
export function cpuMicrosPerRequest(beforeNs: number, afterNs: number, requests: number): number {
  if (requests <= 0) throw new Error('no requests were measured');
  if (afterNs < beforeNs) throw new Error('CPU time went backwards: was the process restarted?');
  return (afterNs - beforeNs) / 1000 / requests;
}

/** The middle value (the lower middle for an even count): figures of interleaved rounds. */
export function median(samples: number[]): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
