import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { AppConfig } from '@saferplan/config/app-config';
import { ConfigModule } from './config/config.module';
import { AggregateRepository } from './common/aggregate-repository';
import { CommandWriter, ExecuteDomainCommandHandler } from './common/command-writer';
import { ACCESS_RULES, type AccessTable } from './auth/access-policy';
import { ReadScopes } from './graphql/read-scopes';
import { auditLeafPagesProvider, heavyReadsProvider } from './heavy-reads/heavy-reads.provider';
import { StoreModule } from './store/store.module';
import { formatGraphQLErrors } from './graphql/error-formatter';
import { PassErrorsToGraphQLFilter } from './graphql/pass-errors-to-graphql.filter';
import { queryCostHook, queryLimitsRule, requireGraphQLText } from './graphql/hardening/query-shape';
import { answerHttpError } from './graphql/hardening/http-limits';
import { refuseUnsignedCallers } from './graphql/refuse-unsigned';
import { AccessGuard } from './auth/access.guard';
import { PartnershipResolver } from './partnerships/partnership.resolver';
import { ActionPlanResolver } from './action-plans/action-plan.resolver';
import { PriorityResolver } from './action-plans/priority.resolver';
import { ActionResolver } from './actions/action.resolver';
import { CountyProgressResolver, ProgressResolver } from './progress/progress.resolver';
import { KeptProgressResponses } from './progress/kept-responses';
import { HistoryResolver } from './history/history.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { ChangesSinceResolver } from './audit/two-times/changes-since.resolver';
import { QuarterlyUpdateAuditResolver } from './audit/two-times/quarterly-update-audit.resolver';
import { TreeHeadResolver } from './audit/tree-head/tree-head.resolver';
import { TreeHeadService } from './common/tree-head.service';
import { DemoLoader } from './demo/demo-loader';
import { FundingAllocationResolver, FundingSourceResolver } from './funding/funding.resolver';
import { CountyProgressIndicatorsResolver, IndicatorResolver, PriorityProgressIndicatorsResolver } from './indicators/indicator.resolver';
import { IndicatorChangesSinceResolver } from './indicators/indicator-changes-since.resolver';
import { ImportIndicatorValuesResolver } from './indicators/import-indicator-values/import-indicator-values.resolver';
import { IndicatorValuesImporter } from './indicators/import-indicator-values/indicator-values-importer';
import { PlanImporter } from './plan-import/plan-importer';
import { PlanImportResolver } from './plan-import/plan-import.resolver';
import { QuarterlyUpdateApprovalResolver, ReportingCalendarResolver } from './reporting-calendar/reporting-calendar.resolver';
import { ReportingCalendars } from './reporting-calendar/reporting-calendars';
import { CountyProgressAwaitingResolver, PriorityProgressAwaitingResolver } from './reporting-calendar/awaiting-approval.resolver';
import { ApprovalQueueEntryResolver } from './reporting-calendar/approval-queue';
import { BoardPackController } from './board-pack/board-pack.controller';
import { ActionOwnerResolver, PeopleResolver } from './people/people.resolver';
import { RemindersResolver } from './reminders/reminders.resolver';
import { REMINDER_PROVIDERS } from './reminder-wiring';
import { ReminderTimer } from './reminders/reminder-timer';
// After the area resolvers: GraphQL lists types in the order their classes load.
import { ACCESS_POLICY } from './access-table';
import { USE_CASES } from './use-cases';

const COMMAND_HANDLERS = [ExecuteDomainCommandHandler];

const RESOLVERS = [
  ...USE_CASES.map((useCase) => useCase.resolver),
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
  IndicatorResolver,
  PriorityProgressIndicatorsResolver,
  CountyProgressIndicatorsResolver,
  IndicatorChangesSinceResolver,
  ImportIndicatorValuesResolver,
  ReportingCalendarResolver,
  QuarterlyUpdateApprovalResolver,
  PriorityProgressAwaitingResolver,
  CountyProgressAwaitingResolver,
  ApprovalQueueEntryResolver,
  PeopleResolver,
  ActionOwnerResolver,
  RemindersResolver,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    // Made here for Mercurius's hooks, given its read scopes once DI has made them.
    const keptProgress = new KeptProgressResponses();
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
          // The cost first: a request too heavy to run is refused as such before any question of who asks.
          // A kept progress response only for a caller who is signed in and allowed the field.
          hooks: {
            preValidation: requireGraphQLText,
            preExecution: [queryCostHook(), refuseUnsignedCallers(), keptProgress.answer],
            onResolution: keptProgress.keep,
          },
        }),
      ],
      controllers: [BoardPackController],
      providers: [
        { provide: APP_FILTER, useClass: PassErrorsToGraphQLFilter },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: ACCESS_RULES, useValue: ACCESS_POLICY },
        AggregateRepository,
        CommandWriter,
        heavyReadsProvider,
        auditLeafPagesProvider,
        ReadScopes,
        {
          provide: KeptProgressResponses,
          useFactory: (scopes: ReadScopes, table: AccessTable) => keptProgress.readingFrom(scopes, table),
          inject: [ReadScopes, ACCESS_RULES],
        },
        ...COMMAND_HANDLERS,
        ...RESOLVERS,
        TreeHeadService,
        DemoLoader,
        PlanImporter,
        IndicatorValuesImporter,
        ReportingCalendars,
        ...REMINDER_PROVIDERS,
        ReminderTimer,
      ],
    };
  }
}
