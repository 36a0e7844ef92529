import type { ActionView } from '../views';
import { SharedStrings } from './shared-strings';

function storedAction(id: string): ActionView {
  // As JSON.parse hands it over: every string its own copy.
  return JSON.parse(
    JSON.stringify({
      id,
      planId: 'plan-1',
      priorityId: 'priority-1',
      partnershipId: 'csp-1',
      financialYear: '2017/18',
      title: 'Target hardening for repeat victims',
      leadAgency: 'Police',
      leadOfficer: null,
      fundingSource: null,
      budget: null,
      status: 'ON_TRACK',
      percentComplete: 40,
      milestones: [{ id: `${id}-m1`, actionId: id, title: 'Scheme agreed', dueQuarter: '2017/18 Q2', reachedOn: '2017-08-01', evidence: null }],
      updates: [
        { quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 40, narrative: 'On track', recordedAt: '2017-07-10T09:00:00.000Z', recordedBy: 'coordinator-1', correctionReason: null, previousVersions: [] },
      ],
      version: 3,
      completedAt: null,
      cancelledAt: null,
      cancellationReason: null,
    }),
  );
}

describe('SharedStrings', () => {
  it('given stored action documents, when their strings are shared, then every value is unchanged', () => {
    const strings = new SharedStrings();
    const first = storedAction('action-1');
    const second = storedAction('action-2');
    const before = JSON.parse(JSON.stringify([first, second]));
    strings.shareAction(first);
    strings.shareAction(second);
    expect([first, second]).toEqual(before);
  });

  it('keeps null as null and hands back the first copy of a value', () => {
    const strings = new SharedStrings();
    expect(strings.share(null)).toBeNull();
    const quarter = strings.share('2017/18 Q3');
    expect(strings.share(['2017/18', 'Q3'].join(' '))).toBe(quarter);
  });
});
