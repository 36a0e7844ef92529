import { type IndicatorCommand, indicatorDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../common/command-options';
import type { CommandWriter } from '../common/command-writer';

type WithoutMetadata<C> = C extends IndicatorCommand ? Omit<C, 'metadata'> : never;
export type IndicatorQuarterCommand = WithoutMetadata<Exclude<IndicatorCommand, { type: 'DefineIndicator' }>>;

/** Every command on an existing indicator goes the same way: its stream, its decider. Result: the indicator id. */
export async function executeOnIndicator(writer: CommandWriter, command: IndicatorQuarterCommand, options: CommandOptions): Promise<string> {
  await writer.execute(
    streams.indicator(command.data.indicatorId),
    indicatorDecider,
    (now) => ({ ...command, metadata: { now, actor: options.actor } }) as IndicatorCommand,
    options,
  );
  return command.data.indicatorId;
}
