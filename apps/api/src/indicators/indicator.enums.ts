import { registerEnumType } from '@nestjs/graphql';
import { AGGREGATIONS, POLARITIES, UNIT_KINDS } from '@saferplan/domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };

export const UnitKindEnum = asEnum(UNIT_KINDS);
export const PolarityEnum = asEnum(POLARITIES);
export const IndicatorAggregationEnum = asEnum(AGGREGATIONS);
export const IndicatorRagEnum = asEnum(['GREEN', 'AMBER', 'RED', 'NO_TARGET'] as const);

registerEnumType(UnitKindEnum, { name: 'UnitKind', description: 'COUNT, PERCENT, RATE_PER_1000 (per 1,000 people), CURRENCY_GBP, DAYS' });
registerEnumType(PolarityEnum, { name: 'Polarity', description: 'Which way is better for the indicator' });
registerEnumType(IndicatorAggregationEnum, {
  name: 'IndicatorAggregation',
  description: "How a county board's indicator rolls up its districts' indicator of the same name and unit",
});
registerEnumType(IndicatorRagEnum, { name: 'IndicatorRag', description: 'Against the quarter target: see Indicator.ragRule' });
