import { Session } from 'node:inspector/promises';

/** The parts of V8's .cpuprofile format that the summary reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  /** Microseconds of the monotonic clock, the one process.hrtime reads in every process here. */
  startTime: number;
}

/** A stretch of the monotonic clock, in microseconds (see CpuProfile.startTime). */
export interface ProfileWindow {
  from: number;
  to: number;
}

/** Starts V8's sampling profiler in this process; the function it returns stops it and hands back the profile. */
export async function startCpuProfile(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    return profile as unknown as CpuProfile;
  };
}

/**
 * Where the time went: self time grouped by npm package, Node core, or our own module
 * (`libs/event-store/sqlite`, `apps/api/auth`, ...), as a share of the samples. Samples taken
 * while the inspector itself was dispatching (the in-process profiler's own work) are left out.
 */
export function summariseCpuProfile(profile: CpuProfile, rows = 20, window?: ProfileWindow): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const inspector = new Set<number>();
  const mark = (id: number): void => {
    inspector.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of profile.nodes) if (node.callFrame.functionName === 'dispatch' && node.callFrame.url === '') mark(node.id);

  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  // A native function (a SQLite statement, a hash) counts for the module that called it.
  const areaOfNode = (id: number): string => {
    const { callFrame } = byId.get(id)!;
    if (callFrame.url || callFrame.functionName.startsWith('(')) return areaOf(callFrame);
    for (let caller = parents.get(id); caller !== undefined; caller = parents.get(caller)) {
      if (byId.get(caller)!.callFrame.url) return `${areaOf(byId.get(caller)!.callFrame)} (native ${callFrame.functionName})`;
    }
    return `native ${callFrame.functionName}`;
  };

  const shares = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    at += micros;
    if (window && (at < window.from || at > window.to)) return;
    if (inspector.has(id)) return;
    const area = areaOfNode(id);
    shares.set(area, (shares.get(area) ?? 0) + micros);
    total += micros;
  });
  return [...shares]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([area, micros]) => `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${area}`);
}

function areaOf({ url, functionName }: { url: string; functionName: string }): string {
  if (!url) return functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  // Node's own modules by name (node core: internal/crypto/sig, http_server...): "node core" alone hides whether it is sockets, streams or signatures.
  if (url.startsWith('node:')) return `node core: ${url.slice('node:'.length).replace(/^internal\//, '')}`;
  const own = /(apps|libs)\/([^/]+)\/src\/([^/.]+)/.exec(url);
  return own ? `${own[1]}/${own[2]}/${own[3]}` : url.replace(/^.*\/(benchmarks\/)/, '$1');
}

/**
 * Wraps the named async methods of an object so their wall time is added up (awaited time
 * included, so nested calls count in both): which step of a workload waits for what.
 */
export function timeCalls<T extends object>(target: T, methods: (keyof T & string)[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const name of methods) {
    const original = (target[name] as (...args: unknown[]) => Promise<unknown>).bind(target);
    (target as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      const started = performance.now();
      try {
        return await original(...args);
      } finally {
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - started);
      }
    };
  }
  return totals;
}
