import { streams } from '@saferplan/domain/events';
import type { FundingEvent } from '@saferplan/domain/funding/funding.events';
import { compareQuarters } from '@saferplan/domain/shared/financial-year';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { FundingAllocationView, FundingQueries, FundingSourceView } from './funding-views';

const FUNDING_EVENT_TYPES = new Set<string>(['FundingSourceRegistered', 'FundingAllocated', 'FundingSpendRecorded']);
const STREAM_PREFIX = streams.fundingSource('');

// Pounds in, pounds out, added in pence so 0.1 + 0.2 is 0.30 and not 0.30000000000000004.
const plus = (a: number, b: number): number => (Math.round(a * 100) + Math.round(b * 100)) / 100;

type FundingRecorded = RecordedEvent & FundingEvent;

/**
 * Funding sources folded from their own streams. Owned by PlanReadModel (which persists the
 * views as 'fundingSource' documents and serves the queries), kept apart so the plan model stays
 * about plans. `changed` is told each id whose view changed, for dirty tracking.
 */
export class FundingReadModel implements FundingQueries {
  private readonly byId = new Map<string, FundingSourceView>();

  constructor(private readonly changed: (id: string) => void = () => undefined) {}

  apply(event: RecordedEvent): void {
    if (FUNDING_EVENT_TYPES.has(event.type)) this.applyFundingEvent(event as FundingRecorded);
    if (event.streamId.startsWith(STREAM_PREFIX)) {
      const source = this.byId.get(event.streamId.slice(STREAM_PREFIX.length));
      if (source && source.version !== event.revision + 1) {
        source.version = event.revision + 1;
        this.changed(source.id);
      }
    }
  }

  load(view: FundingSourceView): void {
    this.byId.set(view.id, view);
  }

  all(): FundingSourceView[] {
    return [...this.byId.values()].sort((a, b) => a.registeredPosition - b.registeredPosition);
  }

  fundingSource(id: string): FundingSourceView | undefined {
    return this.byId.get(id);
  }

  fundingSources(filter: { partnershipId?: string; financialYear?: string }): FundingSourceView[] {
    return this.all().filter(
      (source) =>
        (!filter.partnershipId ||
          source.recipientPartnershipId === filter.partnershipId ||
          source.funderPartnershipId === filter.partnershipId) &&
        (!filter.financialYear || source.financialYear === filter.financialYear),
    );
  }

  private applyFundingEvent(event: FundingRecorded): void {
    switch (event.type) {
      case 'FundingSourceRegistered': {
        const { data } = event;
        this.byId.set(data.fundingSourceId, {
          id: data.fundingSourceId,
          name: data.name,
          funderPartnershipId: data.funderPartnershipId,
          recipientPartnershipId: data.recipientPartnershipId,
          financialYear: data.financialYear,
          amount: data.amount,
          allocated: 0,
          spent: 0,
          allocations: [],
          version: 0,
          registeredPosition: event.position,
        });
        return this.changed(data.fundingSourceId);
      }
      case 'FundingAllocated':
        return this.change(event.data.fundingSourceId, event.data.actionId, (source, allocation) => {
          allocation.allocated = plus(allocation.allocated, event.data.amount);
          source.allocated = plus(source.allocated, event.data.amount);
        });
      case 'FundingSpendRecorded':
        return this.change(event.data.fundingSourceId, event.data.actionId, (source, allocation) => {
          const { quarter, amount } = event.data;
          const inQuarter = allocation.spendByQuarter.find((spend) => spend.quarter === quarter);
          if (inQuarter) inQuarter.amount = plus(inQuarter.amount, amount);
          else {
            allocation.spendByQuarter.push({ quarter, amount });
            allocation.spendByQuarter.sort((a, b) => compareQuarters(a.quarter, b.quarter));
          }
          allocation.spent = plus(allocation.spent, amount);
          source.spent = plus(source.spent, amount);
        });
    }
  }

  private change(
    sourceId: string,
    actionId: string,
    update: (source: FundingSourceView, allocation: FundingAllocationView) => void,
  ): void {
    const source = this.byId.get(sourceId);
    if (!source) return;
    let allocation = source.allocations.find((candidate) => candidate.actionId === actionId);
    if (!allocation) {
      allocation = { actionId, allocated: 0, spent: 0, spendByQuarter: [] };
      source.allocations.push(allocation);
    }
    update(source, allocation);
    this.changed(sourceId);
  }
}
