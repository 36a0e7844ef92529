import { findHeadingRow } from './header-row';

describe('the heading row', () => {
  it('is row 1 in the template', () => {
    expect(
      findHeadingRow([
        ['Priority', 'Statutory', 'Action'],
        ['ASB', 'No', 'JAG'],
      ]),
    ).toEqual({ index: 0, columns: { priority: 0, statutory: 1, action: 2 } });
  });

  it('is found below title rows, blank rows and a merged title repeated across the row', () => {
    const rows = [
      ['Safer North West Partnership', 'Safer North West Partnership', 'Safer North West Partnership'],
      ['Action Plan 2017/18 (refreshed April 2017)'],
      [],
      ['', 'Priority', 'Headline action', 'Lead'],
      ['1', 'ASB', 'JAG', 'Police'],
    ];
    expect(findHeadingRow(rows)).toEqual({ index: 3, columns: { priority: 1, action: 2, leadAgency: 3 } });
  });

  it('is not a title that happens to say "Action"', () => {
    expect(findHeadingRow([['Action'], ['Action', 'Lead']])?.index).toBe(1);
  });

  it('is absent from a notes sheet', () => {
    expect(findHeadingRow([['How to fill in this plan'], ['One row per action']])).toBeNull();
  });
});
