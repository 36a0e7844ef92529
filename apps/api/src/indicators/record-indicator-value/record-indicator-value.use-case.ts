import { defineUseCase } from '../../slice/use-case';
import { indicatorWriters } from '../indicator-access';
import { recordIndicatorValue } from './record-indicator-value.command';
import { RecordIndicatorValueInput } from './record-indicator-value.input';
import { RecordIndicatorValueResolver } from './record-indicator-value.resolver';

export const recordIndicatorValueUseCase = defineUseCase<RecordIndicatorValueInput, string, 'recordIndicatorValue'>({
  mutation: 'recordIndicatorValue',
  input: RecordIndicatorValueInput,
  access: indicatorWriters,
  resolver: RecordIndicatorValueResolver,
  run: recordIndicatorValue,
  recordId: (indicatorId) => indicatorId,
});
