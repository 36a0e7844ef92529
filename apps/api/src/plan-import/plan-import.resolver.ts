import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
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
    return this.importer.import(
      {
        partnershipId: input.partnershipId,
        financialYear: input.financialYear,
        fileName: input.fileName,
        content: Buffer.from(input.contentBase64, 'base64'),
        dryRun: input.dryRun,
        planTitle: input.planTitle ?? null,
      },
      commandOptions({}, context),
    );
  }
}
