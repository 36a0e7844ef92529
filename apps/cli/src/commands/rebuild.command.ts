import type { Command } from 'commander';
import type { DocumentDifference, RebuildResult } from '@saferplan/projections';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

/**
 * Rebuilds the read model from the whole log and compares it with the incremental one, listing
 * every difference; true when equal. Only with `repair` is the saved read model rewritten.
 */
export async function runRebuild(context: CliContext, io: CliOutput, options: { repair?: boolean } = {}): Promise<boolean> {
  const result = await context.projector.rebuild({ repair: options.repair === true });
  if (result.identical) {
    io.out(`Rebuilt the read model from ${result.eventsApplied} events: identical to the incremental read model.`);
    return true;
  }
  io.out(`Rebuilt the read model from ${result.eventsApplied} events: ${result.differences.length} document(s) DIFFER from the incremental read model:`);
  for (const difference of result.differences) io.out(`  ${describe(difference)}`);
  io.out(outcome(result));
  return false;
}

/** Worded as the change a repair makes to the incremental read model. */
function describe(difference: DocumentDifference): string {
  const document = `${difference.kind} ${difference.id}`;
  if (difference.presentIn === 'left') return `added ${document} (in the log, missing from the incremental read model)`;
  if (difference.presentIn === 'right') return `removed ${document} (in the incremental read model, not made by the log)`;
  return `changed ${document}: ${(difference.fields ?? []).join(', ')}`;
}

function outcome(result: RebuildResult): string {
  return result.repaired
    ? 'Repaired: the saved read model now holds the rebuilt documents.'
    : 'The saved read model was left as it is; run `rebuild --repair` to replace it with the rebuilt one.';
}

export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('rebuild the projections from the event log and list every document that differs from the incremental ones; exits 1 if any')
    .option('--repair', 'also rewrite the saved read model with the rebuilt documents')
    .action(async (options: { repair?: boolean }) => {
      const identical = await withCliContext((context) => runRebuild(context, processOutput, options));
      if (!identical) process.exitCode = 1;
    });
}
