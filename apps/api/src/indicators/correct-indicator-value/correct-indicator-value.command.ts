import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnIndicator } from '../indicator-commands';
import type { CorrectIndicatorValueInput } from './correct-indicator-value.input';

/** Result: the id of the indicator. */
export function correctIndicatorValue(writer: CommandWriter, input: CorrectIndicatorValueInput, options: CommandOptions): Promise<string> {
  return executeOnIndicator(
    writer,
    {
      type: 'CorrectIndicatorValue',
      data: {
        indicatorId: input.indicatorId,
        quarter: periodAsTyped(input.quarter),
        value: input.value,
        note: input.note ?? null,
        reason: input.reason,
      },
    },
    options,
  );
}
