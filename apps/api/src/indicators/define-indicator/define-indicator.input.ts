import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsNumber, IsOptional } from 'class-validator';
import { AGGREGATIONS, type Aggregation, POLARITIES, type Polarity, UNIT_KINDS, type UnitKind } from '@saferplan/domain';
import { CommandInput } from '../../common/command-input';
import { ID_MAX, OptionalTextInput, TextInput } from '../../common/text-input';
import { IndicatorAggregationEnum, PolarityEnum, UnitKindEnum } from '../indicator.enums';

@InputType()
export class DefineIndicatorInput extends CommandInput {
  @Field(() => ID) @TextInput(ID_MAX) planId: string;
  @Field(() => ID, { nullable: true, description: 'The priority it measures; none for a plan-wide indicator' })
  @OptionalTextInput(ID_MAX)
  priorityId?: string | null;
  @Field({ description: 'e.g. "All recorded crime"' }) @TextInput(300) name: string;
  @Field(() => UnitKindEnum) @IsIn(UNIT_KINDS) unit: UnitKind;
  @Field(() => PolarityEnum) @IsIn(POLARITIES) polarity: Polarity;
  @Field(() => Float, { nullable: true, description: 'The starting figure, e.g. last year\'s' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline?: number | null;
  @Field(() => String, { nullable: true, description: 'Where the figures come from' }) @OptionalTextInput(300) source?: string | null;
  @Field(() => Float, { nullable: true, description: '0 to 100; how far worse than target is still AMBER (default 5)' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amberTolerancePercent?: number | null;
  @Field(() => IndicatorAggregationEnum, {
    nullable: true,
    description: "County boards only: roll up the districts' indicator of the same name and unit (SUM or MEAN)",
  })
  @IsOptional()
  @IsIn(AGGREGATIONS)
  aggregation?: Aggregation | null;
}
