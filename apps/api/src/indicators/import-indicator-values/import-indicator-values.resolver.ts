import { Args, Context, Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { fileImportRequest } from '../../common/spreadsheet/file-import.input';
import { FileProblemObject } from '../../graphql/objects/file-problem.object';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ImportIndicatorValuesInput } from './import-indicator-values.input';
import { type IndicatorImportReport, IndicatorValuesImporter } from './indicator-values-importer';

@ObjectType('IndicatorImportProblem', { description: 'One thing wrong with an imported file of indicator values, where it is' })
export class IndicatorImportProblemObject extends FileProblemObject {}

@ObjectType('IndicatorImportReport')
export class IndicatorImportReportObject {
  @Field() dryRun: boolean;
  @Field({ description: 'The file has no problems' }) valid: boolean;
  @Field({ description: 'Events were recorded (only when valid and not a dry run)' }) written: boolean;
  @Field(() => Int) rows: number;
  @Field(() => Int, { description: 'Values recorded (or, on a dry run, to record)' }) values: number;
  @Field(() => Int) corrections: number;
  @Field(() => Int) targets: number;
  @Field(() => Int, { description: 'Figures already recorded exactly as the file gives them' }) alreadyRecorded: number;
  @Field(() => [IndicatorImportProblemObject]) problems: IndicatorImportProblemObject[];
}

@Resolver(() => IndicatorImportReportObject)
export class ImportIndicatorValuesResolver {
  constructor(private readonly importer: IndicatorValuesImporter) {}

  @Mutation(() => IndicatorImportReportObject, {
    description: 'Import indicator values and targets from .xlsx or .csv, one row per indicator and quarter: all or nothing',
  })
  importIndicatorValues(@Args('input') input: ImportIndicatorValuesInput, @Context() context: GraphQLContext): Promise<IndicatorImportReport> {
    return this.importer.import(fileImportRequest(input), commandOptions({}, context));
  }
}
