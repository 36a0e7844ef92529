import { actionsByPriority, countySummaryOf, packSummaryOf, spendWords, summaryOf } from './board-pack.summary';
import { asRecordedWords, excelMoment, ukDateWords, ukMomentWords } from './board-pack.dates';
import { pounds } from './rag-colours';
import { countyPack } from './testing/board-pack.fixture';

describe("the board pack's headline figures", () => {
  const pack = countyPack();

  it('add up a section by status at the quarter end, overdue milestones, late returns and spend', () => {
    expect(summaryOf(pack.sections[1])).toEqual({
      partnership: 'Safer North West Partnership',
      actions: 12, completed: 0, onTrack: 3, atRisk: 3, offTrack: 3, notStarted: 3,
      overdueMilestones: 3,
      lateReturns: 1,
      funding: { amount: 34500, allocated: 30500, spent: 6500.5 },
    });
  });

  it('withhold spend where the reader may not read the plan, but still count the rest', () => {
    const [, , charnwood] = countySummaryOf(pack);
    expect(charnwood).toMatchObject({ partnership: 'Charnwood Community Safety Partnership', actions: 12, lateReturns: 1, funding: null });
    expect(spendWords(charnwood.funding, pounds)).toBe('Withheld');
  });

  it('total the county, leaving withheld spend out', () => {
    expect(packSummaryOf(pack)).toMatchObject({ actions: 36, lateReturns: 3, funding: { amount: 69000, allocated: 61000, spent: 13001 } });
    expect(spendWords(packSummaryOf(pack).funding, pounds)).toBe('£13,001.00 spent of £61,000.00 allocated (21%)');
  });

  it('group the actions under their priorities, in plan order', () => {
    const groups = actionsByPriority(pack.sections[1]);
    expect(groups.map((group) => [group.title, group.actions.length])).toEqual([
      ['Anti-social behaviour and its causes', 4],
      ['Reducing re-offending', 4],
      ['Domestic abuse', 4],
    ]);
  });
});

describe('dates in the pack, the UK way', () => {
  it('write days and moments in words, in London time', () => {
    expect(ukDateWords('2017-10-30')).toBe('30 October 2017');
    expect(ukMomentWords('2017-10-09T10:00:00.000Z')).toBe('9 October 2017, 11:00'); // BST
    expect(ukMomentWords('2017-12-01T09:05:00.000Z')).toBe('1 December 2017, 09:05'); // GMT
    expect(asRecordedWords({ asOf: null, asOfDate: '2017-11-10' })).toBe('as recorded on 10 November 2017');
    expect(asRecordedWords({ asOf: '2017-10-20T12:00:00.000Z', asOfDate: '2017-10-20' })).toBe('as recorded at 20 October 2017, 13:00');
  });

  it("give a spreadsheet the wall-clock time a reader in London saw", () => {
    expect(excelMoment('2017-10-09T10:00:00.000Z').toISOString()).toBe('2017-10-09T11:00:00.000Z');
    expect(excelMoment('2017-12-01T09:05:30.000Z').toISOString()).toBe('2017-12-01T09:05:30.000Z');
  });
});
