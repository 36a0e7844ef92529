import { streams } from '@saferplan/domain/events';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { PlanHistory } from '../testing/plan-history';

const source = 'plf-nwl';
const stream = streams.fundingSource(source);

function history(): PlanHistory {
  const h = new PlanHistory();
  h.record(stream, {
    type: 'FundingSourceRegistered',
    data: {
      fundingSourceId: source,
      name: "PCC's Partnership Locality Fund",
      funderPartnershipId: 'pcc',
      recipientPartnershipId: 'nwl-csp',
      financialYear: '2017/18',
      amount: 34500,
    },
  });
  h.record(stream, { type: 'FundingAllocated', data: { fundingSourceId: source, actionId: 'a-asb', amount: 12000 } });
  h.record(stream, { type: 'FundingAllocated', data: { fundingSourceId: source, actionId: 'a-dv', amount: 0.1 } });
  h.record(stream, { type: 'FundingAllocated', data: { fundingSourceId: source, actionId: 'a-dv', amount: 0.2 } });
  h.record(stream, { type: 'FundingSpendRecorded', data: { fundingSourceId: source, actionId: 'a-asb', quarter: '2017/18 Q3', amount: 2500 } });
  h.record(stream, { type: 'FundingSpendRecorded', data: { fundingSourceId: source, actionId: 'a-asb', quarter: '2017/18 Q1', amount: 1000.25 } });
  h.record(stream, { type: 'FundingSpendRecorded', data: { fundingSourceId: source, actionId: 'a-asb', quarter: '2017/18 Q3', amount: 499.75 } });
  return h;
}

describe('funding read model (through PlanReadModel)', () => {
  it('totals allocation and spend per source and per action, in pence, spend in quarter order', () => {
    const model = new PlanReadModel();
    for (const event of history().events) model.apply(event);
    expect(model.fundingSource(source)).toEqual({
      id: source,
      name: "PCC's Partnership Locality Fund",
      funderPartnershipId: 'pcc',
      recipientPartnershipId: 'nwl-csp',
      financialYear: '2017/18',
      amount: 34500,
      allocated: 12000.3,
      spent: 4000,
      allocations: [
        {
          actionId: 'a-asb',
          allocated: 12000,
          spent: 4000,
          spendByQuarter: [
            { quarter: '2017/18 Q1', amount: 1000.25 },
            { quarter: '2017/18 Q3', amount: 2999.75 },
          ],
        },
        { actionId: 'a-dv', allocated: 0.3, spent: 0, spendByQuarter: [] },
      ],
      version: 7,
      registeredPosition: 1,
    });
  });

  it('lists sources for either the funder or the recipient, filtered by year', () => {
    const model = new PlanReadModel();
    for (const event of history().events) model.apply(event);
    expect(model.fundingSources({ partnershipId: 'nwl-csp' }).map((s) => s.id)).toEqual([source]);
    expect(model.fundingSources({ partnershipId: 'pcc', financialYear: '2017/18' }).map((s) => s.id)).toEqual([source]);
    expect(model.fundingSources({ partnershipId: 'pcc', financialYear: '2018/19' })).toEqual([]);
    expect(model.fundingSources({ partnershipId: 'leicester' })).toEqual([]);
  });

  it('persists as fundingSource documents and loads back the same views', () => {
    const model = new PlanReadModel();
    for (const event of history().events) model.apply(event);
    const changed = model.changedDocuments().filter((document) => document.kind === 'fundingSource');
    expect(changed.map((document) => document.id)).toEqual([source]);
    const reloaded = PlanReadModel.fromDocuments(model.toDocuments());
    expect(reloaded.fundingSource(source)).toEqual(model.fundingSource(source));
  });
});
