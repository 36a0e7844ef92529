import { Command } from 'commander';
import { registerCommands } from './commands';

/** The `saferplan` command line: one sub-command per file in ./commands. */
export function buildProgram(): Command {
  const program = new Command('saferplan')
    .description('SaferPlan operator and auditor tools; reads the same configuration (EVENT_STORE, DATA_DIR, DATABASE_URL, ...) as the API')
    .showHelpAfterError();
  registerCommands(program);
  return program;
}
