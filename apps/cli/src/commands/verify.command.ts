import type { Command } from 'commander';
import { auditEverything } from '@saferplan/event-store/audit/audit-checks';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

/** Recomputes every hash chain and quarter seal; false when anything is broken. */
export async function runVerify(context: CliContext, io: CliOutput): Promise<boolean> {
  const result = await auditEverything(context.store);
  if (result.ok) {
    io.out(`Audit trail intact: ${result.eventsChecked} events checked, every hash chain and quarter seal verified.`);
    return true;
  }
  io.out(`Audit trail BROKEN: ${result.eventsChecked} events checked, ${result.problems.length} problem(s):`);
  for (const problem of result.problems) io.out(`  ${problem.streamId} at position ${problem.position}: ${problem.reason}`);
  return false;
}

export function registerVerifyCommand(program: Command): void {
  program
    .command('verify')
    .description('recompute every hash chain and quarter seal; exits 1 when anything was altered')
    .action(async () => {
      const ok = await withCliContext((context) => runVerify(context, processOutput));
      if (!ok) process.exitCode = 1;
    });
}
