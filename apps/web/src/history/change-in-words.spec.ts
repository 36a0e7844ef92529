import { changesInWords, type RecordedChange } from './change-in-words';

const names = { milestones: { 'm-1': 'Patrol rota agreed' }, priorities: { 'p-1': 'Anti-social behaviour' }, plans: {}, lateQuarters: new Set(['2017/18 Q1']) };
const at = (n: number, type: string, data: object, recordedAt: string, afterSeal = false): RecordedChange => ({
  position: n, type, data: JSON.stringify(data), recordedAt, actor: 'nw-coord', actorName: 'Jo Bloggs', afterSeal,
});

describe('history in words', () => {
  const changes = changesInWords(
    [
      at(1, 'ActionCreated', { actionId: 'a-1', priorityId: 'p-1', financialYear: '2017/18', title: 'Patrols', leadAgency: 'Police', leadOfficer: null }, '2017-04-03T09:00:00Z'),
      at(2, 'MilestoneReached', { actionId: 'a-1', milestoneId: 'm-1', reachedOn: '2017-06-02', evidence: null }, '2017-06-05T09:00:00Z'),
      at(3, 'QuarterlyUpdateRecorded', { actionId: 'a-1', quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 20, narrative: 'Started' }, '2017-08-15T09:00:00Z'),
      at(4, 'QuarterlyUpdateCorrected', { actionId: 'a-1', quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 30, narrative: 'Started well', reason: 'Late figures' }, '2017-10-01T09:00:00Z', true),
      at(5, 'ActionEdited', { actionId: 'a-1', leadAgency: 'Police and council' }, '2017-10-02T09:00:00Z'),
    ],
    names,
  );

  it('names the priority and milestone instead of their ids, with UK dates and the person', () => {
    expect(changes[0].facts).toContainEqual(['Priority', 'Anti-social behaviour']);
    expect(changes[1].facts).toEqual([['Milestone', 'Patrol rota agreed'], ['Reached on', '2 June 2017'], ['Evidence', 'None given']]);
    expect(changes[1].by).toBe('Jo Bloggs');
  });

  it('marks an update recorded after its reporting deadline as late', () => {
    expect(changes[2]).toMatchObject({ what: 'Update for 2017/18 Q1 recorded', late: true });
  });

  it("judges late as the server did, by the partnership's calendar, not a default 30 days", () => {
    // 15 August is past the default 30 July, but this partnership gives until 31 August for Q1.
    const update = at(3, 'QuarterlyUpdateRecorded', { actionId: 'a-1', quarter: '2017/18 Q1', rag: 'AMBER', percentComplete: 20, narrative: 'Started' }, '2017-08-15T09:00:00Z');
    const [recorded] = changesInWords([update], { ...names, lateQuarters: new Set() });
    expect(recorded).toMatchObject({ what: 'Update for 2017/18 Q1 recorded', late: false });
  });

  it('shows what a correction replaced and that it came after the seal', () => {
    expect(changes[3].facts).toContainEqual(['Figures', 'Amber: at risk, 20% complete → Green: on track, 30% complete']);
    expect(changes[3].afterSeal).toBe(true);
  });

  it('shows an edit as each field before and after', () => {
    expect(changes[4].facts).toEqual([['Lead agency', 'Police → Police and council']]);
  });
});
