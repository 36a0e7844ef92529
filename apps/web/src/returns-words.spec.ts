import { returnWords, type QuarterReturn } from './returns-words';

const q = (over: Partial<QuarterReturn>): QuarterReturn => ({
  quarter: '2017/18 Q2', state: 'DUE', due: 3, received: 1, late: 0, missing: 0, awaitingApproval: 0, updateDeadline: '2017-10-30', closed: false, ...over,
});

describe('returnWords', () => {
  it('says each state in words, with the counts behind it', () => {
    expect(returnWords(q({}))).toEqual({ chip: 'chip-amber', state: 'Due by 30 October 2017', detail: '1 of 3 in' });
    expect(returnWords(q({ state: 'MISSING', missing: 2 }))).toEqual({ chip: 'chip-red', state: 'Missing', detail: '1 of 3 in, 2 missing' });
    expect(returnWords(q({ state: 'LATE', received: 3, late: 1, closed: true }))).toMatchObject({ state: 'In, some late', detail: '3 of 3 in, 1 late; quarter closed' });
    expect(returnWords(q({ state: 'IN', received: 3, awaitingApproval: 2 })).detail).toBe('3 of 3 in; 2 awaiting approval');
    expect(returnWords(q({ state: 'NO_PLAN' }))).toEqual({ chip: 'chip-none', state: 'No plan', detail: 'No action plan for the year' });
    expect(returnWords(q({ state: 'NOT_DUE_YET' })).detail).toBe('Due by 30 October 2017');
  });
});
