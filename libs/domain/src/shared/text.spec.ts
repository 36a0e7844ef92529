import { invalid } from '../testing/invalid-input';
import { optionalText, requireText, textProblem } from './text';

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

describe('textProblem', () => {
  it.each(['Reduce re-offending', 'tab\tand\nnewline', 'Windows\r\nline end', 'café 🙂 👩‍👩‍👧‍👦 ﷽', ''])('accepts %p', (value) => {
    expect(textProblem(value, 'narrative')).toBeNull();
  });

  it.each([
    ['\u0000', 'narrative must not contain control characters other than tab and newline: character 1 is U+0000'],
    ['ok\u0007', 'narrative must not contain control characters other than tab and newline: character 3 is U+0007'],
    ['🙂\r', 'narrative must not contain control characters other than tab and newline: character 2 is U+000D'],
    ['a\u009b', 'narrative must not contain control characters other than tab and newline: character 2 is U+009B'],
    ['\u0000\ud800', 'narrative must not contain control characters other than tab and newline: character 1 is U+0000'],
    ['ab\ud800', 'narrative must be valid Unicode text: character 3 is half of a character (U+D800)'],
    ['\udc00🙂', 'narrative must be valid Unicode text: character 1 is half of a character (U+DC00)'],
  ])('refuses %j', (value, message) => {
    expect(textProblem(value, 'narrative')).toBe(message);
  });
});

describe('requireText on text that is not plain', () => {
  it('refuses control characters and broken Unicode naming the field', () => {
    expect(invalid(() => requireText('\u0000', 'title', 20))).toEqual({ field: 'title', message: 'title must not contain control characters other than tab and newline: character 1 is U+0000' });
    expect(invalid(() => requireText('\u0000\ud800', 'narrative', 20)).field).toBe('narrative');
  });

  it.each(['\u200b', '\u200b\u200c\u200d\u2060\ufeff', ' \u3164 ', '\u0301'])('refuses %j, which has nothing visible, as missing', (value) => {
    expect(invalid(() => requireText(value, 'title', 20))).toEqual({ field: 'title', message: 'title is required: it has no visible characters' });
  });

  it('keeps visible text with invisible characters in it', () => {
    expect(requireText('e\u0301\u200b!', 'title', 20)).toBe('e\u0301\u200b!');
  });
});

describe('optionalText', () => {
  it('treats invisible text as not given, but still refuses control characters', () => {
    expect(optionalText('\u200b', 'leadOfficer', 10)).toBeNull();
    expect(invalid(() => optionalText('\u0000', 'leadOfficer', 10)).field).toBe('leadOfficer');
  });

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
