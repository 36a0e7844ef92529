import { streams } from '@saferplan/domain/events';
import type { FundingEvent } from '@saferplan/domain/funding/funding.events';
import { compareQuarters } from '@saferplan/domain/shared/financial-year';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { type Touched, countStreamVersion, untouched } from '../plan-read-model/projection';
import type { FundingAllocationView, FundingSourceView } from './funding-views';

const STREAM_PREFIX = streams.fundingSource('');

// Pounds in, pounds out, added in pence so 0.1 + 0.2 is 0.30 and not 0.30000000000000004.
const plus = (a: number, b: number): number => (Math.round(a * 100) + Math.round(b * 100)) / 100;

type FundingRecorded = RecordedEvent & FundingEvent;

/** Funding sources folded from their own streams, persisted as 'fundingSource' documents. */
export interface FundingView {
  readonly byId: Map<string, FundingSourceView>;
}

export const initialFunding = (): FundingView => ({ byId: new Map() });

export function evolveFunding(view: FundingView, event: RecordedEvent, touched: Touched = untouched): FundingView {
  const funding = event as FundingRecorded;
  switch (funding.type) {
    case 'FundingSourceRegistered': {
      const { data } = funding;
      view.byId.set(data.fundingSourceId, {
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
        registeredPosition: funding.position,
      });
      touched('fundingSource', data.fundingSourceId);
      break;
    }
    case 'FundingAllocated':
      change(view, funding.data.fundingSourceId, funding.data.actionId, touched, (source, allocation) => {
        allocation.allocated = plus(allocation.allocated, funding.data.amount);
        source.allocated = plus(source.allocated, funding.data.amount);
      });
      break;
    case 'FundingSpendRecorded':
      change(view, funding.data.fundingSourceId, funding.data.actionId, touched, (source, allocation) => {
        const { quarter, amount } = funding.data;
        const inQuarter = allocation.spendByQuarter.find((spend) => spend.quarter === quarter);
        if (inQuarter) inQuarter.amount = plus(inQuarter.amount, amount);
        else {
          allocation.spendByQuarter.push({ quarter, amount });
          allocation.spendByQuarter.sort((a, b) => compareQuarters(a.quarter, b.quarter));
        }
        allocation.spent = plus(allocation.spent, amount);
        source.spent = plus(source.spent, amount);
      });
      break;
  }
  countStreamVersion(view.byId, STREAM_PREFIX, 'fundingSource', event, touched);
  return view;
}

function change(
  view: FundingView,
  sourceId: string,
  actionId: string,
  touched: Touched,
  update: (source: FundingSourceView, allocation: FundingAllocationView) => void,
): void {
  const source = view.byId.get(sourceId);
  if (!source) return;
  let allocation = source.allocations.find((candidate) => candidate.actionId === actionId);
  if (!allocation) {
    allocation = { actionId, allocated: 0, spent: 0, spendByQuarter: [] };
    source.allocations.push(allocation);
  }
  update(source, allocation);
  touched('fundingSource', sourceId);
}
