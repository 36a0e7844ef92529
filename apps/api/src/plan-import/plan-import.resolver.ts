import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { fileImportRequest } from '../common/spreadsheet/file-import.input';
import { commandOptions, type GraphQLContext } from '../graphql/request-context';
import { ImportActionPlanInput } from './import-action-plan.input';
import { ImportReportObject } from './import-report.object';
import { type ImportReport, PlanImporter } from './plan-importer';

@Resolver(() => ImportReportObject)
export class PlanImportResolver {
  constructor(private readonly importer: PlanImporter) {}

  @Mutation(() => ImportReportObject, {
    description: 'Import an action plan from .xlsx or .csv: every problem is reported, and nothing is written unless the whole file is valid',
  })
  importActionPlan(@Args('input') input: ImportActionPlanInput, @Context() context: GraphQLContext): Promise<ImportReport> {
    return this.importer.import({ ...fileImportRequest(input), planTitle: input.planTitle ?? null }, commandOptions({}, context));
  }
}
