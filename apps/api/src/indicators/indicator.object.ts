import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/scalars';
import { IndicatorAggregationEnum, IndicatorRagEnum, PolarityEnum, UnitKindEnum } from './indicator.enums';

@ObjectType('IndicatorValueVersion', { description: 'A value a correction replaced' })
export class IndicatorValueVersionObject {
  @Field(() => Float) value: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => DateTimeScalar) recordedAt: string;
  @Field() recordedBy: string;
  @Field(() => String, { nullable: true }) correctionReason: string | null;
}

@ObjectType('IndicatorValue', { description: "One quarter of an indicator: its target, its value, and the value's RAG" })
export class IndicatorValueObject {
  @Field() quarter: string;
  @Field(() => Float, { nullable: true, description: 'Null until a value is recorded for the quarter' }) value: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => IndicatorRagEnum, { nullable: true, description: 'Null until there is a value; NO_TARGET without a target' })
  rag: string | null;
  @Field(() => String, { nullable: true, description: 'The RAG in words, e.g. "Amber: worse than target by 5% of it or less"' })
  ragWords: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) recordedAt: string | null;
  @Field(() => String, { nullable: true }) recordedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Why this value corrected an earlier one' }) correctionReason: string | null;
  @Field(() => [IndicatorValueVersionObject]) previousValues: IndicatorValueVersionObject[];
}

@ObjectType('Indicator', { description: 'A performance measure with quarter targets, beside the actions of a plan' })
export class IndicatorObject {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field(() => ID) partnershipId: string;
  @Field(() => ID, { nullable: true }) priorityId: string | null;
  @Field() financialYear: string;
  @Field() name: string;
  @Field(() => UnitKindEnum) unit: string;
  @Field(() => PolarityEnum) polarity: string;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => String, { nullable: true, description: 'Where the figures come from, e.g. "Leicestershire Police"' }) source: string | null;
  @Field(() => Float) amberTolerancePercent: number;
  @Field(() => IndicatorAggregationEnum, { nullable: true, description: "Null: the indicator's own values" }) aggregation: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('IndicatorProgress', { description: "An indicator of the row's priority with its latest value and that value's RAG" })
export class IndicatorProgressObject {
  @Field(() => IndicatorObject) indicator: IndicatorObject;
  @Field(() => String, { nullable: true, description: 'The latest quarter with a value' }) quarter: string | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => IndicatorRagEnum, { nullable: true }) rag: string | null;
  @Field(() => String, { nullable: true }) ragWords: string | null;
  @Field({ description: 'The RAG rule, in words' }) ragRule: string;
}
