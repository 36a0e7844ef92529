import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { NotFoundError, financialYearOfQuarter, isLateReturn, parseQuarter } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { isAfterSeal, PlanProjector, type PlanQueries, type QuarterlyUpdateView, readQuarterSeals } from '@saferplan/projections';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { DateTimeScalar } from '../../graphql/scalars';
import { ReadScopes } from '../../graphql/read-scopes';
import { type OpenReportingDeadlines, REPORTING_DEADLINES } from '../../common/reporting-deadlines';
import { firstRecordedAt } from './quarterly-update-audit.resolver';
import { QuarterChangeObject, type UpdateFiguresObject } from './two-times.objects';

/** "What the board saw on D" against "what is known now": the quarterly figures that changed since. */
@Resolver()
export class ChangesSinceResolver {
  constructor(
    private readonly projector: PlanProjector,
    private readonly readScopes: ReadScopes,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REPORTING_DEADLINES) private readonly openDeadlines: OpenReportingDeadlines,
  ) {}

  @Query(() => [QuarterChangeObject], {
    description: "Quarterly updates of the partnership's actions recorded after `since` that change what was visible at `since`, by action then quarter",
  })
  async changesSince(
    @Args('since', { type: () => DateTimeScalar }) since: Date,
    @Args('partnershipId', { type: () => ID }) partnershipId: string,
    @Args('quarter', { type: () => String, nullable: true }) quarter?: string | null,
  ): Promise<QuarterChangeObject[]> {
    if (quarter != null) parseQuarter(quarter, 'quarter');
    const now = this.projector.queries;
    if (!now.partnership(partnershipId)) throw new NotFoundError('Partnership', partnershipId);
    // The partnership's replay as of `since` runs on a heavy-read worker, within the caller's allowance (ADR 0009).
    const then = (await this.readScopes.resolveFor(since, { partnershipId })).queries;
    const actions = actionsOf(now, partnershipId);
    const quarters = actions.flatMap((action) => action.updates.map((update) => update.quarter));
    const seals = await readQuarterSeals(this.store, quarters);
    const deadlineOf = await this.openDeadlines({ partnershipIds: [partnershipId], financialYears: [...new Set(quarters.map(financialYearOfQuarter))], closedToo: true });
    const changes: QuarterChangeObject[] = [];
    for (const action of actions) {
      const before = new Map((then.action(action.id)?.updates ?? []).map((update) => [update.quarter, update]));
      for (const update of action.updates) {
        if (quarter != null && update.quarter !== quarter) continue;
        const seen = before.get(update.quarter);
        if (seen && sameFigures(seen, update)) continue;
        changes.push({
          actionId: action.id,
          actionTitle: action.title,
          quarter: update.quarter,
          before: seen ? figures(seen) : null,
          after: figures(update),
          recordedBy: update.recordedBy,
          recordedAt: update.recordedAt,
          reason: update.correctionReason,
          late: isLateReturn(firstRecordedAt(update), deadlineOf(partnershipId, update.quarter) as string),
          afterSeal: isAfterSeal(seals, update.quarter, update),
        });
      }
    }
    return changes;
  }
}

function actionsOf(queries: PlanQueries, partnershipId: string) {
  return (queries.partnership(partnershipId)?.planIds ?? [])
    .flatMap((planId) => queries.actionPlan(planId)?.priorityIds ?? [])
    .flatMap((priorityId) => queries.priority(priorityId)?.actionIds ?? [])
    .map((actionId) => queries.action(actionId))
    .filter((action) => action !== undefined);
}

function figures(update: QuarterlyUpdateView): UpdateFiguresObject {
  return { rag: update.rag, percentComplete: update.percentComplete, narrative: update.narrative };
}

function sameFigures(a: QuarterlyUpdateView, b: QuarterlyUpdateView): boolean {
  return a.recordedAt === b.recordedAt && a.rag === b.rag && a.percentComplete === b.percentComplete && a.narrative === b.narrative;
}
