import { periodAsTyped } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import { executeOnIndicator } from '../indicator-commands';
import type { RecordIndicatorValueInput } from './record-indicator-value.input';

/** Result: the id of the indicator. */
export function recordIndicatorValue(writer: CommandWriter, input: RecordIndicatorValueInput, options: CommandOptions): Promise<string> {
  return executeOnIndicator(
    writer,
    {
      type: 'RecordIndicatorValue',
      data: { indicatorId: input.indicatorId, quarter: periodAsTyped(input.quarter), value: input.value, note: input.note ?? null },
    },
    options,
  );
}
