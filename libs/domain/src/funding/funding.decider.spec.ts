import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { AllocateFunding, FundedActionFacts, RecordFundingSpend, RegisterFundingSource } from './funding.commands';
import { fundingDecider } from './funding.decider';
import type { FundingAllocated, FundingSourceRegistered, FundingSpendRecorded } from './funding.events';

const given = DeciderSpecification.for(fundingDecider);
const metadata = { now: new Date('2017-06-27T10:00:00Z'), actor: 'opcc-partnerships' };
const fundingSourceId = 'plf-nwl-2017-18';

const registered: FundingSourceRegistered = {
  type: 'FundingSourceRegistered',
  data: {
    fundingSourceId,
    name: "PCC's Partnership Locality Fund",
    funderPartnershipId: 'pcc',
    recipientPartnershipId: 'nwl-csp',
    financialYear: '2017/18',
    amount: 34500,
  },
};
const allocated = (actionId: string, amount: number): FundingAllocated => ({
  type: 'FundingAllocated',
  data: { fundingSourceId, actionId, amount },
});
const spent = (actionId: string, quarter: string, amount: number): FundingSpendRecorded => ({
  type: 'FundingSpendRecorded',
  data: { fundingSourceId, actionId, quarter, amount },
});

const register = (data: Partial<RegisterFundingSource['data']> = {}): RegisterFundingSource => ({
  type: 'RegisterFundingSource',
  data: {
    fundingSourceId,
    name: "  PCC's Partnership Locality Fund ",
    funder: { partnershipId: 'pcc', exists: true },
    recipient: { partnershipId: 'nwl-csp', exists: true },
    financialYear: '2017/18',
    amount: 34500,
    ...data,
  },
  metadata,
});
const action = (facts: Partial<FundedActionFacts> = {}): FundedActionFacts => ({
  actionId: 'a-asb',
  exists: true,
  partnershipId: 'nwl-csp',
  financialYear: '2017/18',
  status: 'open',
  ...facts,
});
const allocate = (amount: number, facts: Partial<FundedActionFacts> = {}): AllocateFunding => ({
  type: 'AllocateFunding',
  data: { fundingSourceId, action: action(facts), amount },
  metadata,
});
const spend = (data: Partial<RecordFundingSpend['data']> = {}): RecordFundingSpend => ({
  type: 'RecordFundingSpend',
  data: { fundingSourceId, actionId: 'a-asb', quarter: '2017/18 Q2', amount: 1200.5, ...data },
  metadata,
});

const invalid = (field: string, message?: RegExp) => (error: InvalidInputError) =>
  error.field === field && (!message || message.test(error.message));

describe('funding source decider', () => {
  describe('RegisterFundingSource', () => {
    it('registers the source with a trimmed name', () => {
      given().when(register()).then([registered]);
    });

    it('rejects a second registration with the same id', () => {
      given([registered]).when(register()).thenThrows(ConflictError);
    });

    it.each([
      ['name', { name: '  ' }, /name is required/],
      ['financialYear', { financialYear: '2017-18' }, /must look like "2017\/18"/],
      ['amount', { amount: 0 }, /greater than 0/],
      ['amount', { amount: -5 }, /greater than 0/],
      ['amount', { amount: 10.005 }, /at most 2 decimal places/],
      ['amount', { amount: Number.NaN }, /amount in pounds/],
    ] as const)('names the field %s when it is wrong (%o)', (field, data, message) => {
      given().when(register(data as Partial<RegisterFundingSource['data']>)).thenThrows(InvalidInputError, invalid(field, message));
    });

    it('needs both partnerships to exist', () => {
      const funderMissing = given().when(register({ funder: { partnershipId: 'nobody', exists: false } })).thenThrows(NotFoundError);
      expect(funderMissing.message).toBe('Partnership nobody was not found');
      const recipientMissing = given().when(register({ recipient: { partnershipId: 'gone', exists: false } })).thenThrows(NotFoundError);
      expect(recipientMissing.message).toBe('Partnership gone was not found');
    });
  });

  describe('AllocateFunding', () => {
    it('allocates to an action of the recipient plan for that year', () => {
      given([registered]).when(allocate(12000)).then([allocated('a-asb', 12000)]);
    });

    it('allows allocating exactly the unallocated remainder, and not a penny more', () => {
      given([registered, allocated('a-asb', 30000)]).when(allocate(4500, { actionId: 'a-dv' })).then([allocated('a-dv', 4500)]);
      const error = given([registered, allocated('a-asb', 30000)])
        .when(allocate(4500.01, { actionId: 'a-dv' }))
        .thenThrows(ConflictError, (e) => e.field === 'amount');
      expect(error.message).toBe('amount 4,500.01 is more than the 4,500.00 GBP still unallocated on this source');
    });

    it('refuses an unknown source', () => {
      given().when(allocate(100)).thenThrows(NotFoundError, (e) => e.message === `FundingSource ${fundingSourceId} was not found`);
    });

    it('refuses an action that does not exist', () => {
      given([registered]).when(allocate(100, { exists: false })).thenThrows(NotFoundError, (e) => e.message === 'Action a-asb was not found');
    });

    it("refuses an action of another partnership or another year's plan", () => {
      given([registered]).when(allocate(100, { partnershipId: 'leicester-spp' })).thenThrows(InvalidInputError, invalid('actionId', /not in the 2017\/18 plan/));
      given([registered]).when(allocate(100, { financialYear: '2018/19' })).thenThrows(InvalidInputError, invalid('actionId'));
    });

    it('refuses a cancelled action, but funds a completed one (allocations are often recorded after the work)', () => {
      given([registered]).when(allocate(100, { status: 'cancelled' })).thenThrows(ConflictError, (e) => e.field === 'actionId');
      given([registered]).when(allocate(100, { status: 'completed' })).then([allocated('a-asb', 100)]);
    });

    it('names the amount when it is not a positive sum of pounds and pence', () => {
      given([registered]).when(allocate(0.001)).thenThrows(InvalidInputError, invalid('amount'));
    });
  });

  describe('RecordFundingSpend', () => {
    const withAllocation = [registered, allocated('a-asb', 2000)];

    it('records spend for a quarter of the source year', () => {
      given(withAllocation).when(spend()).then([spent('a-asb', '2017/18 Q2', 1200.5)]);
    });

    it('adds spend up across records and stops at the allocation (kept in pence, so 0.10s add up exactly)', () => {
      const tenPences = Array.from({ length: 10 }, () => spent('a-asb', '2017/18 Q1', 0.1));
      given([registered, allocated('a-asb', 1), ...tenPences]).when(spend({ amount: 0.01 })).thenThrows(
        ConflictError,
        (e) => e.field === 'amount' && e.message === "amount 0.01 is more than the 0.00 GBP of this action's allocation not yet spent",
      );
      given([...withAllocation, spent('a-asb', '2017/18 Q1', 1500)]).when(spend({ amount: 500 })).then([spent('a-asb', '2017/18 Q2', 500)]);
    });

    it('names the quarter when it is malformed or outside the source year', () => {
      given(withAllocation).when(spend({ quarter: '2017/18 Q5' })).thenThrows(InvalidInputError, invalid('quarter'));
      given(withAllocation)
        .when(spend({ quarter: '2018/19 Q1' }))
        .thenThrows(InvalidInputError, invalid('quarter', /not a quarter of this source's financial year 2017\/18/));
    });

    it('refuses spend on an action without an allocation from this source', () => {
      given(withAllocation).when(spend({ actionId: 'a-other' })).thenThrows(InvalidInputError, invalid('actionId', /no allocation/));
    });

    it('refuses an unknown source before looking at the input', () => {
      given().when(spend({ quarter: 'nonsense' })).thenThrows(NotFoundError);
    });
  });
});
