import type { Command } from 'commander';
import { TreeHeadJournal } from '@saferplan/event-store';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { type CliOutput, processOutput } from '../cli-context';

/** Every head the server signed, one JSON line each, oldest first: what an auditor keeps and publishes. */
export function runAuditHeads(config: AppConfig, io: CliOutput): number {
  const heads = new TreeHeadJournal(config.dataDir).all();
  for (const head of heads) io.out(JSON.stringify(head));
  return heads.length;
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('signed Merkle tree heads of the event log');
  audit
    .command('heads')
    .description('print every signed tree head as JSON lines (keep them: `verify --heads FILE` checks the store against them)')
    .action(() => {
      const count = runAuditHeads(loadConfig(), processOutput);
      if (count === 0) processOutput.err('No tree heads signed yet: the server signs one a minute while events arrive, and at every seal.');
    });
}
