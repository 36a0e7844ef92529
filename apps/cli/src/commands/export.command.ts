import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { type CliContext, processOutput, withCliContext } from '../cli-context';

const PAGE = 1000;

/** Writes the whole event log, oldest first, one JSON event per line; returns how many. */
export async function runExport(context: CliContext, write: (line: string) => void | Promise<void>): Promise<number> {
  let after = 0;
  let count = 0;
  for (;;) {
    const page = await context.store.readAll({ after, maxCount: PAGE });
    for (const event of page) {
      const { position, streamId, revision, type, data, metadata } = event;
      await write(`${JSON.stringify({ position, streamId, revision, type, data, metadata })}\n`);
      count++;
    }
    if (page.length < PAGE) return count;
    after = page[page.length - 1].position;
  }
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write the event log as NDJSON (one event per line, with its metadata and hashes)')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: { out?: string }) => {
      await withCliContext(async (context) => {
        if (!options.out) {
          await runExport(context, async (line) => {
            if (!process.stdout.write(line)) await once(process.stdout, 'drain');
          });
          return;
        }
        const file = createWriteStream(options.out);
        const count = await runExport(context, async (line) => {
          if (!file.write(line)) await once(file, 'drain');
        });
        await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
        processOutput.err(`Exported ${count} events to ${options.out}`);
      });
    });
}
