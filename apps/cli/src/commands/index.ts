import type { Command } from 'commander';
import { registerImportCommand } from './import.command';
import { registerExportCommand } from './export.command';
import { registerRebuildCommand } from './rebuild.command';
import { registerReplayCommand } from './replay.command';
import { registerVerifyCommand } from './verify.command';
import { registerBoardPackCommand } from './board-pack.command';
import { registerTokenCommand } from './token.command';
import { registerAuditCommand } from './audit.command';
import { registerRemindersCommand } from './reminders.command';

/** One line per command file in this folder; each registerXCommand adds its sub-command. */
export function registerCommands(program: Command): void {
  registerReplayCommand(program);
  registerRebuildCommand(program);
  registerVerifyCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerBoardPackCommand(program);
  registerTokenCommand(program);
  registerAuditCommand(program);
  registerRemindersCommand(program);
}
