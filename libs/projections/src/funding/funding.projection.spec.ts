import { streams } from '@saferplan/domain/events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { ReadModelDocumentKind } from '../plan-read-model/read-model-documents';
import { PlanHistory } from '../testing/plan-history';
import { ProjectionSpecification } from '../testing/projection-specification';
import { evolveFunding, initialFunding } from './funding.projection';
import { fundingSources } from './funding.queries';

const given = ProjectionSpecification.for({ initial: initialFunding, evolve: evolveFunding });

function register(h: PlanHistory, id: string, financialYear = '2017/18'): RecordedEvent {
  return h.record(streams.fundingSource(id), {
    type: 'FundingSourceRegistered',
    data: { fundingSourceId: id, name: `Fund ${id}`, funderPartnershipId: 'pcc', recipientPartnershipId: 'nwl-csp', financialYear, amount: 1000 },
  });
}

describe('funding projection', () => {
  it('adds allocations and spend up in pence, per action and per source', () => {
    const h = new PlanHistory();
    register(h, 'fund');
    const stream = streams.fundingSource('fund');
    h.record(stream, { type: 'FundingAllocated', data: { fundingSourceId: 'fund', actionId: 'a1', amount: 0.1 } });
    h.record(stream, { type: 'FundingAllocated', data: { fundingSourceId: 'fund', actionId: 'a1', amount: 0.2 } });
    h.record(stream, { type: 'FundingSpendRecorded', data: { fundingSourceId: 'fund', actionId: 'a2', quarter: '2017/18 Q2', amount: 5 } });
    h.record(stream, { type: 'FundingSpendRecorded', data: { fundingSourceId: 'fund', actionId: 'a2', quarter: '2017/18 Q1', amount: 2.5 } });
    h.record(streams.fundingSource('ghost'), { type: 'FundingAllocated', data: { fundingSourceId: 'ghost', actionId: 'a1', amount: 9 } });
    given(h.events).then((view) => {
      expect([...view.byId.keys()]).toEqual(['fund']);
      expect(view.byId.get('fund')).toMatchObject({
        allocated: 0.3,
        spent: 7.5,
        version: 5,
        allocations: [
          { actionId: 'a1', allocated: 0.3, spent: 0, spendByQuarter: [] },
          { actionId: 'a2', allocated: 0, spent: 7.5, spendByQuarter: [{ quarter: '2017/18 Q1', amount: 2.5 }, { quarter: '2017/18 Q2', amount: 5 }] },
        ],
      });
    });
  });

  it('lists sources in registration order, filtered by partnership on either side and by year', () => {
    const h = new PlanHistory();
    register(h, 'later-id-first');
    register(h, 'another', '2018/19');
    given(h.events).then((view) => {
      expect(fundingSources(view, {}).map((s) => s.id)).toEqual(['later-id-first', 'another']);
      expect(fundingSources(view, { partnershipId: 'pcc', financialYear: '2018/19' }).map((s) => s.id)).toEqual(['another']);
      expect(fundingSources(view, { partnershipId: 'leicester' })).toEqual([]);
    });
  });

  it('reports the funding source documents it changed', () => {
    const h = new PlanHistory();
    const view = initialFunding();
    const touchedBy = (event: RecordedEvent) => {
      const touched: Array<[ReadModelDocumentKind, string]> = [];
      evolveFunding(view, event, (kind, id) => touched.push([kind, id]));
      return touched;
    };
    expect(touchedBy(register(h, 'fund'))).toEqual([['fundingSource', 'fund'], ['fundingSource', 'fund']]);
    expect(touchedBy(h.registerPartnership('pcc', 'PCC', 'POLICE_AND_CRIME_COMMISSIONER'))).toEqual([]);
  });
});
