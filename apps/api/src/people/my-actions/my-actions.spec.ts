import type { ActionView } from '@saferplan/projections';
import { owedBy } from './my-actions';

const action = (extra: Partial<ActionView> = {}): ActionView => ({
  id: 'a1', planId: 'p', priorityId: 'asb', partnershipId: 'nwl', financialYear: '2026/27', title: 'Joint patrols',
  leadAgency: 'Leicestershire Police', leadOfficer: null, fundingSource: null, budget: null, status: 'ON_TRACK', percentComplete: 40,
  milestones: [], updates: [], version: 1, completedAt: null, cancelledAt: null, cancellationReason: null, ownerId: 'dan', ...extra,
});
const update = (quarter: string) => ({ quarter, rag: 'GREEN' as const, percentComplete: 40, narrative: 'x', recordedAt: '2026-10-01T09:00:00.000Z', recordedBy: 'dan', correctionReason: null, previousVersions: [] });

describe('what an action owes', () => {
  it('owes the update on a quarter until 30 days after it ends, then it is late', () => {
    // 3 December 2026 is in Q3; Q1 was recorded, Q2 was due by 30 October and is late, Q3 is due by 30 January.
    const owed = owedBy(action({ updates: [update('2026/27 Q1')] }), '2026-12-03');
    expect(owed).toMatchObject({
      quarter: '2026/27 Q3',
      lateUpdates: [{ quarter: '2026/27 Q2', dueBy: '2026-10-30' }],
      updateDue: { quarter: '2026/27 Q3', dueBy: '2027-01-30' },
      late: true,
    });
  });

  it('still shows the last quarter\'s update as due within its 30 days', () => {
    expect(owedBy(action({ updates: [update('2026/27 Q1')] }), '2026-10-12').updateDue).toEqual({ quarter: '2026/27 Q2', dueBy: '2026-10-30' });
  });

  it('lists milestones due this quarter, and those whose quarter ended unreached as late', () => {
    const milestones = [
      { id: 'm1', actionId: 'a1', title: 'Patrol plan agreed', dueQuarter: '2026/27 Q2', reachedOn: null, evidence: null },
      { id: 'm2', actionId: 'a1', title: 'Hotspot review', dueQuarter: '2026/27 Q3', reachedOn: null, evidence: null },
      { id: 'm3', actionId: 'a1', title: 'Done', dueQuarter: '2026/27 Q3', reachedOn: '2026-11-01', evidence: null },
    ];
    const owed = owedBy(action({ milestones, updates: [update('2026/27 Q1'), update('2026/27 Q2')] }), '2026-12-03');
    expect(owed.milestonesDue.map((m) => m.id)).toEqual(['m2']);
    expect(owed.lateMilestones.map((m) => m.id)).toEqual(['m1']);
    expect(owed.lateUpdates).toEqual([]);
    expect(owed.late).toBe(true);
  });

  it('judges due and late by the deadline the partnership\'s calendar gives', () => {
    // A calendar that wants Q2's update by 15 December: on 3 December it is due, not late.
    const calendar = (_partnershipId: string, quarter: string) => (quarter === '2026/27 Q2' ? '2026-12-15' : '2027-01-30');
    const owed = owedBy(action({ updates: [update('2026/27 Q1')] }), '2026-12-03', calendar);
    expect(owed.lateUpdates).toEqual([]);
    expect(owed.updateDue).toEqual({ quarter: '2026/27 Q2', dueBy: '2026-12-15' });
  });

  it('owes nothing on a quarter the partnership has closed', () => {
    const closedQ2 = (_partnershipId: string, quarter: string) => (quarter === '2026/27 Q2' ? null : '2027-01-30');
    const owed = owedBy(action({ updates: [update('2026/27 Q1')] }), '2026-12-03', closedQ2);
    expect(owed.lateUpdates).toEqual([]);
    expect(owed.updateDue).toEqual({ quarter: '2026/27 Q3', dueBy: '2027-01-30' });
  });
});
