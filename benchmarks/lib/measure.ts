/** Small timing helpers for the benchmarks: wall-clock rates and latency percentiles. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const started = nowMs();
  const result = await work();
  return { result, ms: nowMs() - started };
}

export function ratePerSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : 0;
}

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** Tracks the peak resident set size of this process while a workload runs. */
export class PeakRss {
  private peak = process.memoryUsage().rss;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 50) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

/** Runs `workers` async loops until `count` jobs are taken; returns each job's latency in ms. */
export async function runConcurrently(
  workers: number,
  count: number,
  job: (index: number, worker: number) => Promise<void>,
): Promise<{ latencies: number[]; ms: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = nowMs();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      while (next < count) {
        const index = next++;
        const jobStarted = nowMs();
        await job(index, worker);
        latencies.push(nowMs() - jobStarted);
      }
    }),
  );
  return { latencies, ms: nowMs() - started };
}
