import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { InvalidInputError, NotFoundError, type QuarterSealed, sealedQuarterLabel } from '@saferplan/domain';
import type { AuditProblem } from '@saferplan/event-store';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { commandOptions, type GraphQLContext } from '../graphql/request-context';
import { EVENT_STORE } from '@saferplan/config/tokens';
import { toEventRecord } from '../graphql/objects/event-record.object';
import { quarterSealsFor } from '../graphql/quarter-seals';
import { quartersReportedIn } from '@saferplan/projections';
import { findSeal } from '@saferplan/event-store/audit/audit-checks';
import { toSealObject } from './seal-object';
import { TreeHeadService } from '../common/tree-head.service';
import { HeavyReads } from '../heavy-reads/heavy-reads.service';
import {
  AuditProblemObject,
  AuditVerificationObject,
  EventConnectionObject,
  EventFilterInput,
  QuarterSealObject,
  SealVerificationObject,
} from './audit.objects';

export const MAX_EVENTS_PAGE = 500;
const DEFAULT_EVENTS_PAGE = 100;

/** Auditors' queries over the raw log (events, verification, seals); sealing is its own slice (seal-quarter/). */
@Resolver()
export class AuditResolver {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly treeHeads: TreeHeadService,
    private readonly heavyReads: HeavyReads,
  ) {}

  @Query(() => EventConnectionObject, { description: 'The global event log, oldest first, filtered; cursor = position' })
  async events(
    @Args('filter', { type: () => EventFilterInput, nullable: true }) filter?: EventFilterInput | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('first', { type: () => Int, nullable: true, description: `At most ${MAX_EVENTS_PAGE}; default ${DEFAULT_EVENTS_PAGE}` }) first?: number | null,
    @Context() context?: GraphQLContext,
  ): Promise<EventConnectionObject> {
    const count = first ?? DEFAULT_EVENTS_PAGE;
    if (!Number.isInteger(count) || count < 1 || count > MAX_EVENTS_PAGE) {
      throw new InvalidInputError('first', `first must be from 1 to ${MAX_EVENTS_PAGE}`);
    }
    let position = 0;
    if (after != null) {
      if (!/^\d{1,16}$/.test(after) || !Number.isSafeInteger(Number(after))) throw new InvalidInputError('after', 'after must be a cursor (an endCursor from an earlier page)');
      position = Number(after);
    }
    if (filter?.from && filter?.to && filter.from > filter.to) throw new InvalidInputError('filter.to', 'filter.to must not be before filter.from');
    // One extra to know whether another page follows.
    const page = await this.store.readAll({
      after: position,
      maxCount: count + 1,
      filter: {
        streamId: filter?.streamId ?? undefined,
        type: filter?.type ?? undefined,
        actor: filter?.actor ?? undefined,
        recordedFrom: filter?.from ?? undefined,
        recordedTo: filter?.to ?? undefined,
      },
    });
    const events = page.slice(0, count);
    const seals = await quarterSealsFor(context, this.store, quartersReportedIn(events));
    const nodes = events.map((event) => toEventRecord(event, seals));
    return { nodes, pageInfo: { endCursor: nodes.length ? nodes[nodes.length - 1].position : null, hasNextPage: page.length > count } };
  }

  @Query(() => AuditVerificationObject, { description: "Recomputes every hash chain and every quarter seal and checks the server's signature on every event since signing began; reports the first broken link per stream" })
  async verifyAuditTrail(): Promise<AuditVerificationObject> {
    // Whole-store work: on a heavy-read worker, within the caller's allowance (ADR 0009).
    const result = await this.heavyReads.verifyAuditTrail(this.treeHeads.witnessOptions());
    return { ...result, problems: result.problems.map(toProblemObject) };
  }

  @Query(() => SealVerificationObject, { description: "Proves nothing sealed for the quarter was altered since" })
  async verifySeal(@Args('financialYear') financialYear: string, @Args('quarter') quarter: string): Promise<SealVerificationObject> {
    const label = sealedQuarterLabel(financialYear, quarter);
    // Re-reads the log up to the seal: on a heavy-read worker, within the caller's allowance (ADR 0009).
    const check = await this.heavyReads.verifySeal(label, this.treeHeads.witnessOptions());
    if (!check) throw new NotFoundError('Quarter seal', label);
    const { seal } = check;
    return { seal: toSealObject(seal.data, seal.metadata.actor), intact: check.intact, recomputedRoot: check.recomputedRoot, problems: check.problems.map(toProblemObject) };
  }

  @Query(() => QuarterSealObject, { nullable: true })
  async quarterSeal(@Args('financialYear') financialYear: string, @Args('quarter') quarter: string): Promise<QuarterSealObject | null> {
    const seal = await findSeal(this.store, sealedQuarterLabel(financialYear, quarter));
    return seal ? toSealObject(seal.data, seal.metadata.actor) : null;
  }

}

function toProblemObject(problem: AuditProblem): AuditProblemObject {
  return { streamId: problem.streamId, position: String(problem.position), reason: problem.reason };
}
