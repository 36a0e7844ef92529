import { Inject, Injectable, Optional } from '@nestjs/common';
import { ukDate } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector, streamsOfPartnerships } from '@saferplan/projections';
import { HeavyReads } from '../heavy-reads/heavy-reads.service';
import type { ReadScope } from './read-scope';
import { CLOCK, type Clock, EVENT_STORE } from '@saferplan/config/tokens';

/** Hands out the read model a query should answer from: live, or as recorded at a moment. */
@Injectable()
export class ReadScopes {
  constructor(
    private readonly projector: PlanProjector,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    // The server's pool (off the request thread, limited per user); the CLI makes none and replays here.
    @Optional() private readonly heavyReads: HeavyReads = HeavyReads.inThread(store),
  ) {}

  live(): ReadScope {
    return { queries: this.projector.queries, asOfDate: ukDate(this.clock.now()), asOf: null };
  }

  async resolve(asOf: Date | null | undefined): Promise<ReadScope> {
    if (!asOf) return this.live();
    const queries = await this.heavyReads.asOf(asOf);
    return { queries, asOfDate: ukDate(asOf), asOf };
  }

  /**
   * Like resolve, for a question about one partnership (given directly or through one of its
   * plans or actions): an as-of scope replays only that partnership's streams (and those aligned
   * with it), so its cost grows with the partnership, not the store. Its answers about that
   * partnership are identical to the full replay's (libs/projections/src/as-of).
   */
  async resolveFor(asOf: Date | null | undefined, about: { partnershipId?: string | null; planId?: string; actionId?: string }): Promise<ReadScope> {
    if (!asOf) return this.live();
    const live = this.projector.queries;
    const partnershipId =
      about.partnershipId ?? (about.planId !== undefined ? live.actionPlan(about.planId)?.partnershipId : about.actionId !== undefined ? live.action(about.actionId)?.partnershipId : undefined);
    if (partnershipId == null) return this.resolve(asOf);
    const queries = await this.heavyReads.asOf(asOf, streamsOfPartnerships(live, [partnershipId]));
    return { queries, asOfDate: ukDate(asOf), asOf };
  }
}
