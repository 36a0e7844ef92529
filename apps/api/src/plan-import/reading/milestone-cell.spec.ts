import { milestoneEntries } from './milestone-cell';

describe('a milestones cell', () => {
  it('reads the template form, one entry per semicolon or line', () => {
    expect(milestoneEntries('Group established|2017/18 Q1; Profile agreed | Q2 2017/18\nReview|Jan-Mar 2018')).toEqual([
      { entry: 'Group established|2017/18 Q1', title: 'Group established', dueQuarter: '2017/18 Q1' },
      { entry: 'Profile agreed | Q2 2017/18', title: 'Profile agreed', dueQuarter: '2017/18 Q2' },
      { entry: 'Review|Jan-Mar 2018', title: 'Review', dueQuarter: '2017/18 Q4' },
    ]);
  });

  it('reads "title (quarter)"', () => {
    expect(milestoneEntries('Hotspot profile agreed (June 2017)')).toEqual([
      { entry: 'Hotspot profile agreed (June 2017)', title: 'Hotspot profile agreed', dueQuarter: '2017/18 Q1' },
    ]);
  });

  it('keeps a quarter it cannot read as typed, for the domain to name', () => {
    expect(milestoneEntries('Launch|Spring 2017')).toEqual([
      { entry: 'Launch|Spring 2017', title: 'Launch', dueQuarter: 'Spring 2017' },
    ]);
  });

  it('has no title for an entry in neither form, brackets that are no quarter included', () => {
    expect(milestoneEntries('Review; Meet partners (police and fire)')).toEqual([
      { entry: 'Review', title: null, dueQuarter: null },
      { entry: 'Meet partners (police and fire)', title: null, dueQuarter: null },
    ]);
  });
});
