import { decodeCsv, detectDelimiter } from './csv-text';

describe('CSV bytes to text', () => {
  it('reads UTF-8 with a byte-order mark, dropping the mark', () => {
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('Budget (£)\n')]))).toEqual({
      text: 'Budget (£)\n',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-8 without a mark', () => {
    expect(decodeCsv(Buffer.from('Lead agency,£4,500\n', 'utf8'))).toEqual({
      text: 'Lead agency,£4,500\n',
      encoding: 'utf-8',
    });
  });

  it("reads Excel's Windows-1252 CSV: £ is 0xA3, a curly apostrophe 0x92, the euro 0x80", () => {
    const bytes = Buffer.concat([
      Buffer.from('PCC'),
      Buffer.from([0x92]),
      Buffer.from('s fund,'),
      Buffer.from([0xa3]),
      Buffer.from('4500,'),
      Buffer.from([0x80]),
    ]);
    expect(decodeCsv(bytes)).toEqual({ text: 'PCC\u2019s fund,£4500,€', encoding: 'windows-1252' });
  });

  it('reads UTF-16 "Unicode text" with its mark', () => {
    expect(decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Action\t£1', 'utf16le')]))).toEqual({
      text: 'Action\t£1',
      encoding: 'utf-16le',
    });
  });
});

describe('CSV delimiter', () => {
  it('is the comma for an ordinary file, even with semicolons in the text', () => {
    expect(
      detectDelimiter('Priority,Action,Milestones\nASB,JAG,"a|2017/18 Q1; b|2017/18 Q2"\nASB,CCTV,c|2017/18 Q3\n'),
    ).toBe(',');
  });

  it('is the semicolon when rows are split by it, even with commas in the text', () => {
    expect(
      detectDelimiter(
        'Priority;Action;Budget\nASB, hotspots;JAG;4,500\nViolence;Night time economy, Coalville;1,000\n',
      ),
    ).toBe(';');
  });

  it('is the tab for tab-separated text', () => {
    expect(detectDelimiter('Priority\tAction\tBudget\nASB\tJAG, Coalville\t4500\n')).toBe('\t');
  });

  it('ignores delimiters inside quotes and title rows that have none', () => {
    expect(detectDelimiter('Safer North West Action Plan 2017/18\n\n"a;b;c";Action;Lead\nx;y;z\n')).toBe(';');
  });

  it('is the comma when nothing splits the text', () => {
    expect(detectDelimiter('just one column\n')).toBe(',');
  });
});
