import { fieldLabel, messageInWords } from './field-labels';

describe('field labels', () => {
  it('tells a message that starts with a code name in the field\'s words', () => {
    expect(messageInWords('leadAgency is required', 'leadAgency')).toBe('Lead agency is required');
    expect(messageInWords('percentComplete must be a whole number from 0 to 100', 'percentComplete')).toBe(
      '% complete must be a whole number from 0 to 100',
    );
  });

  it('leaves other messages as written and a field prefix of a longer word alone', () => {
    expect(messageInWords('This record was changed by someone else', 'expectedVersion')).toBe('This record was changed by someone else');
    expect(messageInWords('titles are many', 'title')).toBe('titles are many');
  });

  it('names a nested or unknown field in words', () => {
    expect(fieldLabel('input.leadOfficer')).toBe('Lead officer');
    expect(fieldLabel('someNewThing')).toBe('Some new thing');
  });
});
