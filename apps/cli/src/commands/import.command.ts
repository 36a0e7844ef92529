import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { CqrsModule } from '@nestjs/cqrs';
import type { Command } from 'commander';
import { type AppConfig, loadConfig } from '@saferplan/config/app-config';
import { AggregateRepository, CommandWriter, ExecuteDomainCommandHandler, type ImportReport, PlanImporter } from '@saferplan/api';
import { type CliOutput, createCliApplication, processOutput } from '../cli-context';

/** The API's own command path (the one bus handler, the same repository), without the HTTP server. */
const importPath = () => ({
  imports: [CqrsModule.forRoot()],
  providers: [
    AggregateRepository,
    PlanImporter,
    CommandWriter,
    ExecuteDomainCommandHandler,
  ],
});

export interface ImportCommandOptions {
  partnership: string;
  financialYear: string;
  dryRun?: boolean;
  actor?: string;
  planTitle?: string;
}

/** Runs one import; returns the report (and prints it). Exit code 1 when the file has problems. */
export async function runImport(file: string, options: ImportCommandOptions, output: CliOutput = processOutput, config: AppConfig = loadConfig()): Promise<ImportReport> {
  const app = await createCliApplication(config, importPath());
  try {
    const report = await app.get(PlanImporter).import(
      {
        partnershipId: options.partnership,
        financialYear: options.financialYear,
        fileName: basename(file),
        content: readFileSync(file),
        dryRun: Boolean(options.dryRun),
        planTitle: options.planTitle ?? null,
      },
      { actor: options.actor ?? `cli:${userInfo().username}` },
    );
    printReport(report, output);
    if (!report.valid) process.exitCode = 1;
    return report;
  } finally {
    await app.close();
  }
}

type Finding = ImportReport['problems'][number];
const placeOf = (finding: Finding): string =>
  `${finding.row === 0 ? finding.sheet || 'file' : `${finding.sheet}!${finding.column ?? ''}${finding.row}`}${finding.heading ? ` (${finding.heading})` : ''}`;

/** Problems, then warnings, each at its cell (sheet!C4), then what was or would be recorded. */
function printReport(report: ImportReport, output: CliOutput): void {
  for (const problem of report.problems) output.err(`${placeOf(problem)}: ${problem.message}`);
  for (const warning of report.warnings) output.err(`warning: ${placeOf(warning)}: ${warning.message}`);
  const counts =
    `${report.planCreated ? 'plan + ' : ''}${report.priorities} priorities, ${report.actions} actions, ` +
    `${report.milestones} milestones, ${report.allocations} allocations` +
    (report.alreadyRecorded ? ` (${report.alreadyRecorded} already recorded by an earlier import)` : '');
  if (report.warnings.length > 0) output.err(`${report.warnings.length} warning(s): check them; they do not stop the import`);
  if (!report.valid) output.err(`${report.problems.length} problem(s): nothing was written`);
  else if (report.dryRun) output.out(`Dry run: the file is valid; importing it would record ${counts}`);
  else output.out(`Imported into plan ${report.planId}: ${counts}`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import an action plan from .xlsx or .csv (see templates/); nothing is written unless the whole file is valid')
    .argument('<file>', 'the .xlsx or .csv file')
    .requiredOption('--partnership <id>', 'id of the partnership whose plan this is')
    .requiredOption('--financial-year <year>', 'e.g. 2017/18')
    .option('--dry-run', 'report every problem (or what would be recorded) without writing')
    .option('--plan-title <title>', 'title for the plan if the import creates it')
    .option('--actor <name>', 'who is recorded as importing (default cli:<user>)')
    .action(async (file: string, options: ImportCommandOptions) => {
      await runImport(file, options);
    });
}
