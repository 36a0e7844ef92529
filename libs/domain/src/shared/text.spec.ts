import { invalid } from '../testing/invalid-input';
import { optionalText, requireText } from './text';

describe('requireText', () => {
  it('trims', () => {
    expect(requireText('  Reduce re-offending \n', 'title', 20)).toBe('Reduce re-offending');
  });

  it.each(['', '   ', '\n\t', undefined, null])('rejects %p as missing', (value) => {
    expect(invalid(() => requireText(value, 'title', 20))).toEqual({ field: 'title', message: 'title is required' });
  });

  it('rejects a value that is not text', () => {
    expect(invalid(() => requireText(42, 'title', 20))).toEqual({ field: 'title', message: 'title must be text' });
  });

  it('caps the trimmed length, counting characters as a person would', () => {
    expect(requireText(' abcde ', 'title', 5)).toBe('abcde');
    expect(requireText('café🙂', 'title', 5)).toBe('café🙂');
    expect(invalid(() => requireText('abcdef', 'title', 5))).toEqual({
      field: 'title',
      message: 'title must be at most 5 characters (it has 6)',
    });
  });
});

describe('optionalText', () => {
  it.each([undefined, null, '', '   '])('treats %p as not given', (value) => {
    expect(optionalText(value, 'leadOfficer', 10)).toBeNull();
  });

  it('trims and caps what is given', () => {
    expect(optionalText('  Jo Smith ', 'leadOfficer', 10)).toBe('Jo Smith');
    expect(invalid(() => optionalText('Josephine Smith', 'leadOfficer', 10))).toEqual({
      field: 'leadOfficer',
      message: 'leadOfficer must be at most 10 characters (it has 15)',
    });
  });
});
