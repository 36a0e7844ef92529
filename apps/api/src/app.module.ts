import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { AggregateRepository } from './common/aggregate-repository';
import { ReadScopes } from './common/read-scopes';
import { StoreModule } from './store/store.module';
import { formatGraphQLErrors } from './graphql/error-formatter';
import { PassErrorsToGraphQLFilter } from './graphql/pass-errors-to-graphql.filter';
import { queryLimitsRule } from './graphql/hardening/query-shape';
import { answerHttpError } from './graphql/hardening/http-limits';
import { AccessGuard } from './auth/access.guard';
import { PartnershipResolver } from './partnerships/partnership.resolver';
import { RegisterPartnershipHandler } from './partnerships/register-partnership/register-partnership.handler';
import { RecordMemberJoinedHandler } from './partnerships/record-member-joined/record-member-joined.handler';
import { RecordMemberLeftHandler } from './partnerships/record-member-left/record-member-left.handler';
import { RenamePartnershipHandler } from './partnerships/rename-partnership/rename-partnership.handler';
import { MergePartnershipsHandler } from './partnerships/merge-partnerships/merge-partnerships.handler';
import { ActionPlanResolver } from './action-plans/action-plan.resolver';
import { PriorityResolver } from './action-plans/priority.resolver';
import { CreateActionPlanHandler } from './action-plans/create-action-plan/create-action-plan.handler';
import { AddPriorityHandler } from './action-plans/add-priority/add-priority.handler';
import { AlignPriorityHandler } from './action-plans/align-priority/align-priority.handler';
import { ActionResolver } from './actions/action.resolver';
import { CreateActionHandler } from './actions/create-action/create-action.handler';
import { ScheduleMilestoneHandler } from './actions/schedule-milestone/schedule-milestone.handler';
import { ReachMilestoneHandler } from './actions/reach-milestone/reach-milestone.handler';
import { RecordQuarterlyUpdateHandler } from './actions/record-quarterly-update/record-quarterly-update.handler';
import { CorrectQuarterlyUpdateHandler } from './actions/correct-quarterly-update/correct-quarterly-update.handler';
import { CompleteActionHandler } from './actions/complete-action/complete-action.handler';
import { CancelActionHandler } from './actions/cancel-action/cancel-action.handler';
import { CountyProgressResolver, ProgressResolver } from './progress/progress.resolver';
import { HistoryResolver } from './history/history.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ChangesSinceResolver } from './audit/two-times/changes-since.resolver';
import { QuarterlyUpdateAuditResolver } from './audit/two-times/quarterly-update-audit.resolver';
import { SealQuarterHandler } from './audit/seal-quarter/seal-quarter.handler';
import { TreeHeadResolver } from './audit/tree-head/tree-head.resolver';
import { TreeHeadService } from './audit/tree-head/tree-head.service';
import { DemoLoader } from './demo/demo-loader';
import { FundingAllocationResolver, FundingSourceResolver } from './funding/funding.resolver';
import { RegisterFundingSourceHandler } from './funding/register-funding-source/register-funding-source.handler';
import { AllocateFundingHandler } from './funding/allocate-funding/allocate-funding.handler';
import { RecordFundingSpendHandler } from './funding/record-funding-spend/record-funding-spend.handler';
import { PlanImporter } from './plan-import/plan-importer';
import { PlanImportResolver } from './plan-import/plan-import.resolver';
import { BoardPackController } from './board-pack/board-pack.controller';

const COMMAND_HANDLERS = [
  RegisterPartnershipHandler,
  RecordMemberJoinedHandler,
  RecordMemberLeftHandler,
  RenamePartnershipHandler,
  MergePartnershipsHandler,
  CreateActionPlanHandler,
  AddPriorityHandler,
  AlignPriorityHandler,
  CreateActionHandler,
  ScheduleMilestoneHandler,
  ReachMilestoneHandler,
  RecordQuarterlyUpdateHandler,
  CorrectQuarterlyUpdateHandler,
  CompleteActionHandler,
  CancelActionHandler,
  SealQuarterHandler,
  RegisterFundingSourceHandler,
  AllocateFundingHandler,
  RecordFundingSpendHandler,
];

const RESOLVERS = [
  PartnershipResolver,
  ActionPlanResolver,
  PriorityResolver,
  ActionResolver,
  ProgressResolver,
  CountyProgressResolver,
  HistoryResolver,
  AuditResolver,
  ChangesSinceResolver,
  QuarterlyUpdateAuditResolver,
  TreeHeadResolver,
  FundingSourceResolver,
  FundingAllocationResolver,
  PlanImportResolver,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        StoreModule,
        CqrsModule.forRoot(),
        GraphQLModule.forRoot<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          autoSchemaFile: true,
          sortSchema: false,
          graphiql: false, // our own bundled page: see graphql/graphiql.ts
          path: '/graphql',
          errorFormatter: formatGraphQLErrors as any,
          context: (request: unknown) => ({ req: request }),
          // Batched queries stay off (mercurius default); limits and, in production, no introspection.
          allowBatchedQueries: false,
          errorHandler: answerHttpError, // oversize body 413, rate limit 429, bad JSON 400: GraphQL-shaped
          validationRules: [queryLimitsRule(), ...(config.nodeEnv === 'production' ? [NoSchemaIntrospectionCustomRule] : [])],
        }),
      ],
      controllers: [BoardPackController],
      providers: [{ provide: APP_FILTER, useClass: PassErrorsToGraphQLFilter }, { provide: APP_GUARD, useClass: AccessGuard }, AggregateRepository, ReadScopes, ...COMMAND_HANDLERS, ...RESOLVERS, TreeHeadService, DemoLoader, PlanImporter],
    };
  }
}
