import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCsv } from './csv';
import { columnName, toXlsx } from './xlsx';
import { crc32 } from './zip';

const ROWS = [
  ['Partnership', 'Priority', 'Actions', '% complete'],
  ['Safer North West Partnership', 'To reduce re-offending', 3, 61.7],
  ['Charnwood, "CSP"', 'Line one\nline two', 0, null],
  ['=HYPERLINK("x")', '£34,500 & <more>', -2, 0],
];

describe('table export writers', () => {
  it('writes CSV with a byte-order mark, quoting, CRLF and formulas neutralised', () => {
    expect(toCsv(ROWS)).toBe(
      '\uFEFFPartnership,Priority,Actions,% complete\r\n' +
        'Safer North West Partnership,To reduce re-offending,3,61.7\r\n' +
        '"Charnwood, ""CSP""","Line one\nline two",0,\r\n' +
        '"\'=HYPERLINK(""x"")","£34,500 & <more>",-2,0\r\n',
    );
  });

  it('names columns as a spreadsheet does and checksums as ZIP does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(crc32(new TextEncoder().encode('123456789')).toString(16)).toBe('cbf43926');
  });

  it('writes an XLSX that a spreadsheet library reads back: numbers as numbers, header bold, frozen and filtered', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(toXlsx(ROWS, 'Priorities 2017/18')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Priorities 2017 18');
    expect(sheet.getRow(1).values).toEqual([undefined, 'Partnership', 'Priority', 'Actions', '% complete']);
    expect(sheet.getCell('C2').value).toBe(3);
    expect(sheet.getCell('D2').value).toBe(61.7);
    expect(sheet.getCell('B3').value).toBe('Line one\nline two');
    expect(sheet.getCell('D3').value).toBeNull();
    expect(sheet.getCell('A4').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('B4').value).toBe('£34,500 & <more>');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D4');
  });

  it('writes a ZIP that unzip accepts without a complaint', () => {
    const dir = mkdtempSync(join(tmpdir(), 'saferplan-xlsx-'));
    const file = join(dir, 'table.xlsx');
    writeFileSync(file, toXlsx(ROWS, 'Sheet'));
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip()); print(sorted(z.namelist()))', file]).toString();
    expect(listing).toBe("None\n['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']\n");
  });
});
