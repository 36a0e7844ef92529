import { canonicalHeading, columnOfHeading, columnsOfHeadingRow } from './headings';

describe('plan headings', () => {
  it.each([
    ['Priority', 'priority'],
    ['Priority area', 'priority'],
    ['Statutory', 'statutory'],
    ['Statutory?', 'statutory'],
    ['Statutory duty', 'statutory'],
    ['Statutory (Y/N)', 'statutory'],
    ['Headline action', 'action'],
    ['Lead', 'leadAgency'],
    ['Lead agency', 'leadAgency'],
    ['LEAD  AGENCY', 'leadAgency'],
    ['Lead officer', 'leadOfficer'],
    ['Key milestones', 'milestones'],
    ['Funding', 'fundingSource'],
    ['Budget (£)', 'budget'],
    ['Budget £', 'budget'],
    ['Cost (£):', 'budget'],
  ])('"%s" is the %s column', (heading, key) => {
    expect(columnOfHeading(heading)).toBe(key);
  });

  it('reads nothing into headings it does not know', () => {
    expect(columnOfHeading('Comments')).toBeNull();
    expect(columnOfHeading('')).toBeNull();
  });

  it('canonical headings drop units and punctuation only', () => {
    expect(canonicalHeading(' Budget (£) ')).toBe('budget');
    expect(canonicalHeading('Statutory?')).toBe('statutory');
  });

  it('finds each column of a heading row, the first naming it winning', () => {
    expect(columnsOfHeadingRow(['Ref', 'Priority', 'Headline action', 'Lead', 'Budget (£)', 'Lead agency'])).toEqual({
      priority: 1,
      action: 2,
      leadAgency: 3,
      budget: 4,
    });
  });
});
