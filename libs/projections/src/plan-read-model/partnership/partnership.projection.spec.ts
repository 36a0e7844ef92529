import { streams } from '@saferplan/domain/events';
import { ProjectionSpecification } from '../../testing/projection-specification';
import { PlanHistory } from '../../testing/plan-history';
import { BOARD, CHARNWOOD, NWL, leicestershire } from '../../testing/leicestershire';
import type { ReadModelDocumentKind } from '../read-model-documents';
import { evolvePartnerships, initialPartnerships } from './partnership.projection';

const given = ProjectionSpecification.for({ initial: initialPartnerships, evolve: evolvePartnerships });

describe('partnership projection', () => {
  it('registers partnerships in log order, each with its registration moment and no plans of its own making', () => {
    given(leicestershire().events).then((view) => {
      expect(view.inOrder.map((p) => [p.id, p.kind, p.version])).toEqual([
        [BOARD, 'COUNTY_STRATEGY_BOARD', 1],
        [NWL, 'COMMUNITY_SAFETY_PARTNERSHIP', 1],
        [CHARNWOOD, 'COMMUNITY_SAFETY_PARTNERSHIP', 1],
      ]);
      // planIds are the plan projection's to fill, when a plan is new.
      expect(view.byId.get(NWL)).toEqual({
        id: NWL,
        name: 'North West Leicestershire CSP',
        kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
        version: 1,
        planIds: [],
        registeredAt: '2017-04-03T09:01:00.000Z',
        registeredPosition: 2,
      });
    });
  });

  it('keeps the first registration of an id and counts every event of its stream in the version', () => {
    const h = new PlanHistory();
    h.registerPartnership(NWL, 'North West Leicestershire CSP');
    h.registerPartnership(NWL, 'Renamed by a second registration');
    h.record(streams.partnership(NWL), { type: 'PartnershipMottoChosen', data: { partnershipId: NWL, motto: 'Safer Together' } });
    given(h.events).then((view) => {
      expect(view.inOrder).toHaveLength(1);
      expect(view.byId.get(NWL)).toMatchObject({ name: 'North West Leicestershire CSP', version: 3, registeredPosition: 1 });
    });
  });

  it('follows members, renames and merges, and ignores changes to a partnership it does not know', () => {
    const h = new PlanHistory();
    h.registerPartnership(BOARD, 'Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    const stream = streams.partnership(BOARD);
    h.record(stream, { type: 'MemberJoined', data: { partnershipId: BOARD, agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' } });
    h.record(stream, { type: 'PartnershipRenamed', data: { partnershipId: BOARD, previousName: 'Leicestershire Safer Communities Strategy Board', name: 'Leicestershire and Rutland Board', on: '2023-04-01' } });
    h.record(streams.partnership('nobody'), { type: 'MemberJoined', data: { partnershipId: 'nobody', agency: 'Someone', responsibleAuthority: false, voting: false, on: '2023-04-01' } });
    given(h.events).then((view) => {
      expect([...view.byId.keys()]).toEqual([BOARD]);
      expect(view.byId.get(BOARD)).toMatchObject({
        name: 'Leicestershire and Rutland Board',
        formerNames: ['Leicestershire Safer Communities Strategy Board'],
        members: [{ agency: 'Rutland County Council', responsibleAuthority: true, voting: true, joinedOn: '2023-04-01' }],
        version: 3,
      });
    });
  });

  it('reports the partnership documents it changed, and nothing for an event that changes none', () => {
    const h = new PlanHistory();
    const touched: Array<[ReadModelDocumentKind, string]> = [];
    const view = initialPartnerships();
    const fold = (event: (typeof h.events)[number]) => evolvePartnerships(view, event, (kind, id) => touched.push([kind, id]));
    fold(h.registerPartnership(NWL, 'North West Leicestershire CSP'));
    expect(touched).toEqual([['partnership', NWL], ['partnership', NWL]]); // registered, then its version counted
    touched.length = 0;
    fold(h.registerPartnership(NWL, 'Again')); // ignored, but the stream moved on: version 2
    expect(touched).toEqual([['partnership', NWL]]);
    touched.length = 0;
    fold(h.createPlan('nwl-2017', NWL, '2017/18')); // another stream, another projection's event
    expect(touched).toEqual([]);
  });
});
