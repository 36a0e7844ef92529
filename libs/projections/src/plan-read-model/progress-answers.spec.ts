import { BOARD, FY, leicestershire } from '../testing/leicestershire';
import { PlanReadModel } from './plan-read-model';
import { ProgressAnswers, isKeptAnswer } from './progress-answers';

describe('kept progress answers', () => {
  it('given a history folded event by event, a repeated question reuses the answer until the next event, and every answer is what a fresh model computes', () => {
    const live = new PlanReadModel();
    const dates = ['2017-06-30', '2017-10-01', '2018-04-01'];
    let previous: unknown[] | undefined;
    for (const event of leicestershire().events) {
      live.apply(event);
      // The reference never answered before: nothing kept, every figure worked out now.
      const fresh = () => PlanReadModel.fromDocuments(live.toDocuments());
      for (const date of dates) {
        const first = live.progress({}, date);
        expect(live.progress({}, date)).toBe(first);
        expect(first).toEqual(fresh().progress({}, date));
        expect(live.progress({ financialYear: FY }, date)).toEqual(fresh().progress({ financialYear: FY }, date));
        expect(live.progress({}, date, '2017/18 Q2')).toEqual(fresh().progress({}, date, '2017/18 Q2'));
        const county = live.countyProgress(BOARD, FY, date);
        expect(live.countyProgress(BOARD, FY, date)).toBe(county);
        expect(county).toEqual(fresh().countyProgress(BOARD, FY, date));
      }
      const answer = live.progress({}, dates[1]);
      // The position moved: the answer of the previous position is never handed out again.
      expect(answer).not.toBe(previous);
      previous = answer;
    }
  });

  it('one partnership is computed afresh each time (cheap, and never kept)', () => {
    const live = new PlanReadModel();
    for (const event of leicestershire().events) live.apply(event);
    const rows = live.progress({ partnershipId: 'nw-leics-csp' }, '2017-10-01');
    expect(live.progress({ partnershipId: 'nw-leics-csp' }, '2017-10-01')).not.toBe(rows);
    expect(live.progress({ partnershipId: 'nw-leics-csp' }, '2017-10-01')).toEqual(rows);
    // So a layer above keeps nothing beside it (apps/api/src/progress/kept-responses.ts).
    expect(isKeptAnswer(rows)).toBe(false);
    expect(isKeptAnswer(live.progress({}, '2017-10-01'))).toBe(true);
    expect(isKeptAnswer(live.countyProgress(BOARD, FY, '2017-10-01'))).toBe(true);
  });

  it('keeps at most its capacity, the oldest answer going first', () => {
    const answers = new ProgressAnswers(2);
    let computed = 0;
    const ask = (key: string) => answers.answer(key, () => [++computed]);
    ask('a');
    ask('b');
    ask('a');
    expect(computed).toBe(2);
    ask('c');
    ask('b');
    expect(computed).toBe(3);
    ask('a');
    expect(computed).toBe(4);
    answers.clear();
    ask('b');
    expect(computed).toBe(5);
  });
});
