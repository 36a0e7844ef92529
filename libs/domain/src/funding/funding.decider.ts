import type { Decider } from '../shared/event';
import { checkEach, ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { financialYearOfQuarter, parseFinancialYear, parseQuarter } from '../shared/financial-year';
import { requireText, TEXT_LIMITS } from '../shared/text';
import type { AllocateFunding, FundingCommand, RecordFundingSpend, RegisterFundingSource } from './funding.commands';
import type { FundingEvent } from './funding.events';

/**
 * Rules (chosen with the OPCC's reporting in mind, see README "Funding"):
 *  - a source is given by one partnership to another for one financial year;
 *  - allocations go to actions of the recipient's plan for that year (not cancelled ones), and
 *    together never exceed the source's amount;
 *  - spend is reported per action per quarter of that year, may be recorded several times a
 *    quarter (it adds up), and never exceeds what was allocated to that action: money spent
 *    beyond the allocation is not this source's money, so it is refused rather than hidden.
 * Sums are kept in pence so repeated additions of 0.10 stay exact.
 */
export type FundingState = {
  exists: boolean;
  financialYear: string | null;
  recipientPartnershipId: string | null;
  amountPence: number;
  allocatedPence: number;
  allocatedPenceByAction: Record<string, number>;
  spentPenceByAction: Record<string, number>;
};

type ExistingSource = FundingState & { exists: true; financialYear: string; recipientPartnershipId: string };

export const penceOf = (pounds: number): number => Math.round(pounds * 100);
const pounds = (pence: number): string =>
  (pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A positive amount in pounds with at most 2 decimal places. */
export function amountOf(value: unknown, field = 'amount'): number {
  // toFixed(2) round-trips exactly when there are no more than two decimals (0.29 passes, 0.295 does not).
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || Number(value.toFixed(2)) !== value) {
    throw new InvalidInputError(field, `${field} must be an amount in pounds greater than 0, with at most 2 decimal places`);
  }
  if (value > 1_000_000_000) throw new InvalidInputError(field, `${field} must be at most 1,000,000,000 pounds`);
  return value;
}

function existingSource(state: FundingState, fundingSourceId: string): ExistingSource {
  if (!state.exists) throw new NotFoundError('FundingSource', fundingSourceId);
  return state as ExistingSource;
}

function register(command: RegisterFundingSource, state: FundingState): FundingEvent[] {
  const { fundingSourceId, funder, recipient } = command.data;
  const [name, financialYear, amount] = checkEach(
    () => requireText(command.data.name, 'name', TEXT_LIMITS.fundingSource),
    () => parseFinancialYear(command.data.financialYear, 'financialYear'),
    () => amountOf(command.data.amount),
  );
  if (!funder.exists) throw new NotFoundError('Partnership', funder.partnershipId);
  if (!recipient.exists) throw new NotFoundError('Partnership', recipient.partnershipId);
  if (state.exists) throw new ConflictError(`Funding source ${fundingSourceId} already exists`);
  return [
    {
      type: 'FundingSourceRegistered',
      data: {
        fundingSourceId,
        name,
        funderPartnershipId: funder.partnershipId,
        recipientPartnershipId: recipient.partnershipId,
        financialYear,
        amount,
      },
    },
  ];
}

function allocate(command: AllocateFunding, state: FundingState): FundingEvent[] {
  const { fundingSourceId, action } = command.data;
  const source = existingSource(state, fundingSourceId);
  const amount = amountOf(command.data.amount);
  if (!action.exists) throw new NotFoundError('Action', action.actionId);
  if (action.partnershipId !== source.recipientPartnershipId || action.financialYear !== source.financialYear) {
    throw new InvalidInputError(
      'actionId',
      `action ${action.actionId} is not in the ${source.financialYear} plan of the partnership this source funds: ` +
        `money goes to actions of the recipient's plan for the source's year`,
    );
  }
  // A completed action may still be given the money that paid for it (allocations are often
  // recorded after the work); a cancelled one may not.
  if (action.status === 'cancelled') {
    throw new ConflictError(`Action ${action.actionId} is cancelled: money can no longer be allocated to it`, 'actionId');
  }
  const unallocated = source.amountPence - source.allocatedPence;
  if (penceOf(amount) > unallocated) {
    throw new ConflictError(
      `amount ${pounds(penceOf(amount))} is more than the ${pounds(unallocated)} GBP still unallocated on this source`,
      'amount',
    );
  }
  return [{ type: 'FundingAllocated', data: { fundingSourceId, actionId: action.actionId, amount } }];
}

function recordSpend(command: RecordFundingSpend, state: FundingState): FundingEvent[] {
  const { fundingSourceId, actionId } = command.data;
  const source = existingSource(state, fundingSourceId);
  const quarter = parseQuarter(command.data.quarter, 'quarter');
  if (financialYearOfQuarter(quarter) !== source.financialYear) {
    throw new InvalidInputError(
      'quarter',
      `quarter ${quarter} is not a quarter of this source's financial year ${source.financialYear}`,
    );
  }
  const amount = amountOf(command.data.amount);
  const allocated = source.allocatedPenceByAction[actionId];
  if (allocated === undefined) {
    throw new InvalidInputError('actionId', `action ${actionId} has no allocation from this funding source: allocate first`);
  }
  const left = allocated - (source.spentPenceByAction[actionId] ?? 0);
  if (penceOf(amount) > left) {
    throw new ConflictError(
      `amount ${pounds(penceOf(amount))} is more than the ${pounds(left)} GBP of this action's allocation not yet spent`,
      'amount',
    );
  }
  return [{ type: 'FundingSpendRecorded', data: { fundingSourceId, actionId, quarter, amount } }];
}

const add = (totals: Record<string, number>, key: string, pence: number): Record<string, number> => ({
  ...totals,
  [key]: (totals[key] ?? 0) + pence,
});

export const fundingDecider: Decider<FundingState, FundingCommand, FundingEvent> = {
  initialState: () => ({
    exists: false,
    financialYear: null,
    recipientPartnershipId: null,
    amountPence: 0,
    allocatedPence: 0,
    allocatedPenceByAction: {},
    spentPenceByAction: {},
  }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterFundingSource':
        return register(command, state);
      case 'AllocateFunding':
        return allocate(command, state);
      case 'RecordFundingSpend':
        return recordSpend(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'FundingSourceRegistered':
        return {
          ...state,
          exists: true,
          financialYear: event.data.financialYear,
          recipientPartnershipId: event.data.recipientPartnershipId,
          amountPence: penceOf(event.data.amount),
        };
      case 'FundingAllocated': {
        const pence = penceOf(event.data.amount);
        return {
          ...state,
          allocatedPence: state.allocatedPence + pence,
          allocatedPenceByAction: add(state.allocatedPenceByAction, event.data.actionId, pence),
        };
      }
      case 'FundingSpendRecorded':
        return { ...state, spentPenceByAction: add(state.spentPenceByAction, event.data.actionId, penceOf(event.data.amount)) };
      default:
        return state;
    }
  },
};
