import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InvalidInputError, NotFoundError, parseQuarter } from '@saferplan/domain';
import { TreeHeadJournal, loadSigningKey, publicKeyText } from '@saferplan/event-store';
import { ReadScopes } from '@saferplan/api';
import { systemClock } from '@saferplan/config/tokens';
import { buildBoardPack } from '@saferplan/reports/board-pack.model';
import { boardPackXlsx } from '@saferplan/reports/board-pack.xlsx';
import { boardPackHtml } from '@saferplan/reports/board-pack.html';
import { boardPackPdf } from '@saferplan/reports/board-pack.pdf';
import { type CliContext, type CliOutput, processOutput, withCliContext } from '../cli-context';

export interface BoardPackCommandOptions {
  quarter: string;
  format?: string;
  asOf?: string;
  out?: string;
}

/** Writes the same pack GET /board-packs/:partnershipId serves, from the same read scopes. */
export async function writeBoardPack(context: CliContext, partnershipId: string, options: BoardPackCommandOptions, output: CliOutput = processOutput): Promise<string> {
  const quarter = parseQuarter(options.quarter, 'quarter');
  const format = options.format ?? 'xlsx';
  if (!['xlsx', 'html', 'pdf'].includes(format)) throw new InvalidInputError('format', 'format must be xlsx, html or pdf');
  const asOf = options.asOf ? new Date(options.asOf) : null;
  if (asOf && Number.isNaN(asOf.getTime())) throw new InvalidInputError('asOf', 'asOf must be an ISO-8601 date and time');
  await context.projector.waitFor(await context.store.headPosition());
  const scope = await new ReadScopes(context.projector, context.store, systemClock).resolve(asOf);
  const partnership = scope.queries.partnership(partnershipId);
  if (!partnership) throw new NotFoundError('Partnership', partnershipId);
  // The CLI signs nothing: it prints the latest head the server signed, with the server's key.
  const head = new TreeHeadJournal(context.config.dataDir).latest();
  const key = loadSigningKey({ keyFile: context.config.auditSigningKeyFile, dataDir: context.config.dataDir, production: context.config.nodeEnv === 'production' });
  const pack = await buildBoardPack(scope, partnership, quarter, context.store, head && { ...head, publicKey: publicKeyText(key) });
  const body = format === 'xlsx' ? await boardPackXlsx(pack) : format === 'pdf' ? await boardPackPdf(pack) : boardPackHtml(pack);
  const file = options.out ?? `board-pack-${quarter.replace(/[^A-Za-z0-9]+/g, '-')}.${format}`;
  writeFileSync(file, body);
  output.out(`Wrote ${pack.title} (${pack.sections.length} partnership${pack.sections.length === 1 ? '' : 's'}) to ${file}`);
  return file;
}

export function registerBoardPackCommand(program: Command): void {
  program
    .command('board-pack')
    .description('Write the quarterly board pack of a partnership (or, for a county board, the county) as xlsx, html or pdf')
    .argument('<partnershipId>', 'partnership or county strategy board id')
    .requiredOption('--quarter <quarter>', 'e.g. "2017/18 Q2"')
    .option('--format <format>', 'xlsx, html or pdf', 'xlsx')
    .option('--as-of <instant>', 'exactly as recorded at this ISO-8601 moment')
    .option('--out <file>', 'where to write it')
    .action(async (partnershipId: string, options: BoardPackCommandOptions) => {
      await withCliContext((context) => writeBoardPack(context, partnershipId, options));
    });
}
