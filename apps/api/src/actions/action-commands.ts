import { type ActionCommand, actionDecider, streams } from '@saferplan/domain';
import type { Executed } from '../common/aggregate-repository';
import type { CommandOptions } from '../common/command-options';
import type { CommandWriter } from '../common/command-writer';

type ActionCommandWithoutMetadata = ActionCommand extends infer C
  ? C extends ActionCommand
    ? Omit<C, 'metadata'>
    : never
  : never;

/** Every command on an existing action goes the same way: its stream, its decider. */
export function executeOnAction(
  writer: CommandWriter,
  command: ActionCommandWithoutMetadata,
  options: CommandOptions,
): Promise<Executed> {
  return writer.execute(
    streams.action(command.data.actionId),
    actionDecider,
    (now) => ({ ...command, metadata: { now, actor: options.actor } }) as ActionCommand,
    options,
  );
}

