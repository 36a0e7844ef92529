import { defineUseCase } from '../../slice/use-case';
import { indicatorWriters } from '../indicator-access';
import { correctIndicatorValue } from './correct-indicator-value.command';
import { CorrectIndicatorValueInput } from './correct-indicator-value.input';
import { CorrectIndicatorValueResolver } from './correct-indicator-value.resolver';

export const correctIndicatorValueUseCase = defineUseCase<CorrectIndicatorValueInput, string, 'correctIndicatorValue'>({
  mutation: 'correctIndicatorValue',
  input: CorrectIndicatorValueInput,
  access: indicatorWriters,
  resolver: CorrectIndicatorValueResolver,
  run: correctIndicatorValue,
  recordId: (indicatorId) => indicatorId,
});
