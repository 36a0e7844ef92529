import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { pdfText } from '../support/pdf-text';

const ROOT = join(__dirname, '../..');
const ARTIFACTS = join(ROOT, 'test-artifacts/board-pack');
const Q2 = '2017/18 Q2';
const NWL = 'Safer North West Partnership';
const PCC = 'Leicestershire Police and Crime Commissioner';
const BOARD = 'Leicestershire and Rutland Safer Communities Strategy Board';
const ASB = 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes';
const JAG = 'Coalville Joint Action Group: problem-solving in ASB hotspots';

/** The text of each page, as poppler's pdftotext lays it out (whitespace runs read as one space). */
function pagesOf(file: string): string[] {
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map((page) => page.replace(/\s+/g, ' ').trim());
}

/** How far down each page its body text reaches, as a share of the page (running header and page number left out). */
function fillOf(file: string): number[] {
  const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...boxes.matchAll(/<page width="[\d.]+" height="([\d.]+)">([^]*?)<\/page>/g)].map(([, height, words]) => {
    const bottoms = [...words.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .map(([, yMin, yMax]) => [Number(yMin), Number(yMax)])
      .filter(([yMin]) => yMin > 50 && yMin < Number(height) - 50)
      .map(([, yMax]) => yMax);
    return Math.max(0, ...bottoms) / Number(height);
  });
}

/** Every page to PNG (kept as test artifacts, git-ignored): what a board member would see. */
function renderPages(file: string, prefix: string): string[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(ARTIFACTS, prefix)]);
  return readdirSync(ARTIFACTS).filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.png'));
}

/**
 * Issue 19's board pack: a designed, tagged PDF (cover, summary, a table of actions per
 * priority, page numbers), an HTML pack in UK dates, a workbook that filters and sorts like a
 * spreadsheet, the PCC's funding given and the county summary. On the demo, as boards read it.
 */
describe.each(storesUnderTest())('the board pack as a document (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  const download = async (name: string, format: 'pdf' | 'html' | 'xlsx') => {
    const response = await api.download(`/board-packs/${ids[name]}?quarter=${encodeURIComponent(Q2)}&format=${format}`);
    expect(response.status).toBe(200);
    return response.arrayBuffer();
  };
  const pdfFile = async (name: string) => {
    const file = join(ARTIFACTS, `${store}-${name}.pdf`);
    writeFileSync(file, Buffer.from(await download(name, 'pdf')));
    return file;
  };
  const workbookOf = async (name: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await download(name, 'xlsx'));
    return workbook;
  };

  beforeAll(async () => {
    // Each store's run replaces its own pictures and keeps the other store's.
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of readdirSync(ARTIFACTS).filter((each) => each.startsWith(`${store}-`))) rmSync(join(ARTIFACTS, name));
    api = await ApiHarness.start({ store, loadDemo: true });
    const { partnerships } = await api.ok(`{ partnerships { id name } }`);
    for (const [key, name] of [['nwl', NWL], ['pcc', PCC], ['board', BOARD]]) ids[key] = partnerships.find((p: { name: string }) => p.name === name).id;
  });

  afterAll(() => api.stop());

  describe('the PDF pack', () => {
    let file = '';
    let pages: string[] = [];

    beforeAll(async () => {
      file = await pdfFile('nwl');
      pages = pagesOf(file);
    });

    it('renders every page to PNG, kept as artifacts', () => {
      expect(pages.length).toBeGreaterThanOrEqual(4);
      expect(renderPages(file, `${store}-nwl-page`)).toHaveLength(pages.length);
    });

    it('opens with a cover: the partnership, the quarter, the seal and the signed log head', () => {
      expect(pages[0]).toContain('Board pack');
      expect(pages[0]).toContain(NWL);
      expect(pages[0]).toContain(`Quarter ${Q2}`);
      expect(pages[0]).toContain('Quarter not sealed');
      expect(pages[0]).toMatch(/Signed head of the event log .*Log head signed \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}: \d+ events/);
    });

    it('has a summary page with the tiles and a RAG chart of the priorities', () => {
      expect(pages[1]).toMatch(new RegExp(`^${NWL}: board pack 2017/18 Q2 · as recorded on \\d{1,2} [A-Z][a-z]+ \\d{4} Summary for 2017/18 Q2`));
      for (const tile of ['Actions by status', 'Overdue milestones', 'Late returns', 'Spend against allocation', '0 completed, 8 on track, 3 at risk']) expect(pages[1]).toContain(tile);
      expect(pages[1]).toContain('RAG by priority');
    });

    it('groups the actions under their priorities, in tables with status at the quarter end, %, update and owner', () => {
      // In drawing order (pdfText), so a table reads row by row.
      const text = pdfText(readFileSync(file)).replace(/\s+/g, ' ');
      const actions = text.slice(text.indexOf(`Actions and ${Q2} updates`));
      const asb = actions.indexOf(ASB.slice(0, 40));
      const next = actions.indexOf('Protecting those that live work and visit the district from the effects of violence');
      expect(asb).toBeGreaterThan(-1);
      expect(actions.slice(asb, next)).toMatch(/Action Owner Status at quarter end RAG % Update Recorded/);
      // JAG is AMBER 40% at Q2's end (its corrected Q2 update), whatever it is today.
      expect(actions.slice(asb, next)).toMatch(/Coalville Joint Action Group: problem-solving in ASB hotspots .*At risk AMBER 40%/);
      for (const heading of ['Exceptions', 'Indicators: value against target', 'Funding: allocation against spend']) expect(text).toContain(heading);
    });

    it('numbers every page and runs the pack title along the top of every page after the cover', () => {
      pages.forEach((page, i) => {
        expect(page).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}$`));
        if (i > 0) expect(page.startsWith(`${NWL}: board pack 2017/18 Q2`)).toBe(true);
      });
    });

    it('leaves no page almost empty and no heading alone at the foot of a page', async () => {
      // Every page between the cover and the last is at least half full, in the partnership's pack and the county's.
      for (const fill of [fillOf(file), fillOf(await pdfFile('board'))]) {
        for (const share of fill.slice(1, -1)) expect(share).toBeGreaterThan(0.5);
      }
      const headings = ['Exceptions', 'Funding: allocation against spend', 'Indicators: value against target', 'Progress by priority', `Actions and ${Q2} updates`];
      pages.slice(0, -1).forEach((page) => {
        const body = page.replace(/ Page \d+ of \d+$/, '');
        for (const heading of headings) expect(body.endsWith(heading)).toBe(false);
      });
    });

    it('is a tagged, accessible PDF: structure tree, marked content, language, title, alt text on charts', () => {
      // pdfkit writes its objects uncompressed (only page content is deflated), so the catalogue reads as text.
      const raw = readFileSync(file, 'latin1');
      expect(raw).toContain('/StructTreeRoot');
      expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
      expect(raw).toContain('/Marked true');
      expect(raw).toMatch(/\/Lang \(en-GB\)/);
      expect(raw).toMatch(/\/DisplayDocTitle true/);
      for (const type of ['/H1', '/Table', '/TH', '/TD', '/Figure']) expect(raw).toContain(`/S ${type}`);
      expect(raw).toMatch(/\/Alt \(Actions by status at the end of the quarter: /);
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    });
  });

  it('the HTML pack writes dates the UK way, never as ISO timestamps, with the same sections', async () => {
    const html = Buffer.from(await download('nwl', 'html')).toString('utf8');
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(html).toContain('Safer North West coordinator, 9 October 2017, 11:00');
    expect(html).toMatch(/<p>2017\/18 Q2, as recorded on \d{1,2} [A-Z][a-z]+ \d{4}<\/p>/);
    for (const heading of ['Summary for 2017/18 Q2', 'RAG by priority', `<h4>${ASB}</h4>`, 'Exceptions', 'Indicators: value against target', 'Funding: allocation against spend']) {
      expect(html).toContain(heading);
    }
    expect(html).toMatch(/<svg class="rag-chart"[^>]* role="img" aria-label="Actions by status at the end of the quarter: /);
  });

  it('the workbook freezes its header rows, filters its tables and keeps dates as UK-formatted date cells', async () => {
    const workbook = await workbookOf('nwl');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([NWL, 'All actions']);
    const [district, all] = workbook.worksheets;
    expect(district.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(district.autoFilter).toBeTruthy();
    expect(all.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(all.autoFilter).toBe('A1:L12'); // the header and the partnership's 11 actions
    expect((all.getRow(1).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual(['Partnership', 'Priority', 'Action']);
    let jag: ExcelJS.Row | undefined;
    all.eachRow((row) => {
      if (row.getCell(3).value === JAG) jag = row;
    });
    expect(jag?.getCell(7).value).toBe('AMBER');
    const recordedAt = jag!.getCell(11);
    expect(recordedAt.value).toBeInstanceOf(Date);
    expect(recordedAt.numFmt).toBe('d mmmm yyyy hh:mm');
    // 6 November 2017, 15:30 in London (GMT): the cell shows the wall-clock time a reader expects.
    expect((recordedAt.value as Date).toISOString()).toBe('2017-11-06T15:30:00.000Z');
  });

  it("the PCC's pack shows the funding it gives, not \"No funding sources recorded\"", async () => {
    const html = Buffer.from(await download('pcc', 'html')).toString('utf8');
    expect(html).toContain('<h3>Funding given</h3>');
    expect(html).toMatch(/<td>Police and Crime Commissioner&#39;s community safety funding<\/td><td>Safer North West Partnership<\/td><td class="number">£34,500.00<\/td>/);
    expect(html).not.toContain('No funding sources recorded');
    const pdf = pagesOf(await pdfFile('pcc')).join(' ');
    expect(pdf).toContain('Funding given');
    expect(pdf).not.toContain('No funding sources recorded');
    const sheet = (await workbookOf('pcc')).worksheets[0];
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows).toContainEqual(['Funding given']);
    expect(rows).toContainEqual(["Police and Crime Commissioner's community safety funding", NWL, 34500, 29500, expect.any(Number)]);
  });

  it('the county pack has a county summary: per partnership actions by status, overdue, late returns, spend against allocation', async () => {
    const workbook = await workbookOf('board');
    const summary = workbook.getWorksheet('County summary')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((summary.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      'Partnership', 'Actions', 'Completed', 'On track', 'At risk', 'Off track', 'Not started', 'Overdue milestones', 'Late returns', 'Funding received', 'Allocated', 'Spent to quarter end',
    ]);
    const rows: ExcelJS.CellValue[][] = [];
    summary.eachRow((row, n) => n > 1 && rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
    expect(rows[0][0]).toBe(BOARD);
    const nwl = rows.find((row) => row[0] === NWL)!;
    expect(nwl.slice(1, 3)).toEqual([11, 0]);
    expect(nwl[7]).toBe(2);
    expect(nwl[10]).toBe(29500);
    const pdf = pagesOf(await pdfFile('board'));
    expect(pdf[1]).toContain('County summary');
    expect(pdf[1]).toContain('RAG by partnership');
    const html = Buffer.from(await download('board', 'html')).toString('utf8');
    expect(html).toContain('<h3>County summary</h3>');
  });
});
