import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnIndicator } from '../indicator-commands';
import type { SetIndicatorTargetInput } from './set-indicator-target.input';

/** Result: the id of the indicator. */
export function setIndicatorTarget(writer: CommandWriter, input: SetIndicatorTargetInput, options: CommandOptions): Promise<string> {
  return executeOnIndicator(
    writer,
    { type: 'SetIndicatorTarget', data: { indicatorId: input.indicatorId, quarter: periodAsTyped(input.quarter), target: input.target } },
    options,
  );
}
