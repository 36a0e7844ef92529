import type { PartnershipView } from '../views';
import { applyStructureChange } from './partnership-structure';

describe('partnership structure in the read model', () => {
  const board = (): PartnershipView => ({
    id: 'board', name: 'Leicestershire Safer Communities Strategy Board', kind: 'COUNTY_STRATEGY_BOARD',
    version: 1, planIds: [], registeredAt: '2017-04-03T09:00:00.000Z', registeredPosition: 1,
  });

  it('follows members joining and leaving, renames and a merge', () => {
    const view = board();
    applyStructureChange(view, { type: 'MemberJoined', data: { partnershipId: 'board', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-04-01' } });
    applyStructureChange(view, { type: 'MemberJoined', data: { partnershipId: 'board', agency: 'Leicestershire Police', responsibleAuthority: true, voting: false, on: '2023-04-01' } });
    applyStructureChange(view, { type: 'MemberLeft', data: { partnershipId: 'board', agency: 'Leicestershire Police', on: '2023-06-01' } });
    applyStructureChange(view, { type: 'PartnershipRenamed', data: { partnershipId: 'board', previousName: view.name, name: 'Leicestershire and Rutland Board', on: '2023-04-01' } });
    applyStructureChange(view, { type: 'PartnershipMerged', data: { partnershipId: 'board', intoPartnershipId: 'other', on: '2024-04-01' } });
    expect(view).toMatchObject({
      name: 'Leicestershire and Rutland Board',
      formerNames: ['Leicestershire Safer Communities Strategy Board'],
      members: [{ agency: 'Rutland County Council', responsibleAuthority: true, voting: true, joinedOn: '2023-04-01' }],
      mergedIntoId: 'other',
      mergedOn: '2024-04-01',
    });
  });
});
