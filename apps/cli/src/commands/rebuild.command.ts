import type { Command } from 'commander';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

/** Rebuilds the read model from the whole log and compares it with the incremental one; true when equal. */
export async function runRebuild(context: CliContext, io: CliOutput): Promise<boolean> {
  const result = await context.projector.rebuild();
  if (result.identical) {
    io.out(`Rebuilt the read model from ${result.eventsApplied} events: identical to the incremental read model.`);
    return true;
  }
  io.out(`Rebuilt the read model from ${result.eventsApplied} events: ${result.differences.length} document(s) DIFFER from the incremental read model:`);
  for (const difference of result.differences) io.out(`  ${difference.kind} ${difference.id} (${difference.presentIn === 'both' ? 'content differs' : `only in the ${difference.presentIn === 'left' ? 'rebuilt' : 'incremental'} model`})`);
  return false;
}

export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('rebuild the projections from the event log and check them equal to the incremental ones; exits 1 if not')
    .action(async () => {
      const identical = await withCliContext((context) => runRebuild(context, processOutput));
      if (!identical) process.exitCode = 1;
    });
}
