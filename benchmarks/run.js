#!/usr/bin/env node
/**
 * npm run bench [-- --quick] [-- --store sqlite|postgres|all] [-- --server-profile]
 * npm run bench -- --profile w1|w2|w5 [--store sqlite|postgres]   (where one workload's time goes)
 * npm run bench -- --only peers|workloads [--quick]   (one part: the peers are the framework floor and Emmett)
 * npm run bench -- --workload w6 [--quick] [--store ...]   (W6 alone: cold start of the built server on the national data set, beside an empty store)
 * npm run bench -- --workload w9 [--quick]   (W9 alone: writes with a transaction held open elsewhere, PostgreSQL)
 * npm run bench -- --workload w10 [--quick] [--store ...]   (W10 alone: writers beside 16 heavy readers, built server)
 * Default: every store that is reachable (PostgreSQL when DATABASE_URL is set).
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const args = process.argv.slice(2);
const KNOWN = ['--quick', '--server-profile', '--profile', '--only', '--workload', '--store', '--help', '-h'];
// A typo or --help must not start the full national run (about an hour on two cores).
const unknown = args.filter((arg) => arg.startsWith('-') && !KNOWN.includes(arg.split('=')[0]));
if (args.includes('--help') || args.includes('-h') || unknown.length > 0) {
  if (unknown.length > 0) console.error(`unknown option ${unknown.join(', ')}`);
  const usage = require('node:fs').readFileSync(__filename, 'utf8').split('\n').filter((line) => line.startsWith(' * npm run bench') || line.startsWith(' * Default'));
  console.log(usage.map((line) => line.slice(3)).join('\n'));
  process.exit(unknown.length > 0 ? 2 : 0);
}
const quick = args.includes('--quick');
/** The value of `--name value` or `--name=value`, or undefined. */
const option = (name) => {
  const arg = args.find((candidate) => candidate === name || candidate.startsWith(`${name}=`));
  if (!arg) return undefined;
  return arg.includes('=') ? arg.split('=')[1] : args[args.indexOf(arg) + 1];
};
const profile = option('--profile');
if (profile !== undefined && !['w1', 'w2', 'w5'].includes(profile)) {
  console.error(`--profile must be w1, w2 or w5 (got "${profile}")`);
  process.exit(2);
}
const only = option('--only');
for (const part of (only ?? '').split(',').filter(Boolean)) {
  if (!['workloads', 'peers'].includes(part)) {
    console.error(`--only must be workloads or peers (got "${part}")`);
    process.exit(2);
  }
}
const workload = option('--workload');
if (workload !== undefined && !['w6', 'w9', 'w10'].includes(workload)) {
  console.error(`--workload must be w6, w9 or w10 (got "${workload}")`);
  process.exit(2);
}
if (workload === 'w9' && !process.env.DATABASE_URL) {
  console.error('--workload w9 needs DATABASE_URL (it is a PostgreSQL workload)');
  process.exit(2);
}
const requested = option('--store') ?? (profile ? 'sqlite' : 'all');
const stores = requested === 'all' ? ['sqlite', ...(process.env.DATABASE_URL ? ['postgres'] : [])] : requested.split(',');
for (const store of stores) {
  if (!['sqlite', 'postgres'].includes(store)) {
    console.error(`--store must be sqlite, postgres or all (got "${store}")`);
    process.exit(2);
  }
  if (store === 'postgres' && !process.env.DATABASE_URL) {
    console.error('--store postgres needs DATABASE_URL');
    process.exit(2);
  }
}
// The HTTP workloads run the built server in its own process, as deployed (W9 alone runs in process).
const build = workload === 'w9' ? { status: 0 } : spawnSync(process.execPath, [join(__dirname, '..', 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build', 'api'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  process.execPath,
  [
    join(__dirname, '..', 'node_modules', 'jest', 'bin', 'jest.js'),
    '--config',
    join(__dirname, 'jest.config.js'),
    '--runInBand',
    '--verbose=false',
    workload === 'w6' ? 'benchmarks/cold-start\\.bench\\.ts$' : workload === 'w9' ? 'benchmarks/foreign-transaction\\.bench\\.ts$' : workload === 'w10' ? 'benchmarks/heavy-readers\\.bench\\.ts$' : profile ? 'benchmarks/profile\\.bench\\.ts$' : 'benchmarks/national\\.bench\\.ts$',
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      BENCH_QUICK: quick ? '1' : '0',
      BENCH_STORES: stores.join(','),
      ...(profile ? { BENCH_PROFILE: profile } : {}),
      // The national run's server under --cpu-prof, its profile summarised per workload (benchmarks/results/server-profile-*.txt).
      ...(args.includes('--server-profile') ? { BENCH_SERVER_PROFILE: '1' } : {}),
      ...(only ? { BENCH_ONLY: only } : {}),
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
    },
  },
);
process.exit(result.status ?? 1);
