import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { pdfText } from '../support/pdf-text';
import { openCliContext } from '../../apps/cli/src/cli-context';
import { writeBoardPack } from '../../apps/cli/src/commands/board-pack.command';
import { ukMomentWords } from '../../libs/reports/src/board-pack.dates';

const ROOT = join(__dirname, '../..');
type Cell = ExcelJS.CellValue;

/**
 * The round trip: import the North West Leicestershire example, record the quarter's
 * updates and spend, export the board pack, and read the workbook back.
 */
describe.each(storesUnderTest())('board pack (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};
  const actions: Record<string, { id: string; milestones: Array<{ id: string; dueQuarter: string }> }> = {};
  let asOfBeforeQ2 = '';

  const download = (path: string) => api.download(path); // with the harness's admin token
  const workbookAt = async (path: string) => {
    const response = await download(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  };
  const rowsOf = (sheet: ExcelJS.Worksheet): Cell[][] => {
    const rows: Cell[][] = [];
    sheet.eachRow((row) => rows.push((row.values as Cell[]).slice(1)));
    return rows;
  };
  const rowStarting = (sheet: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (!found && row.getCell(column).value === text) found = row;
    });
    if (!found) throw new Error(`no row with "${text}" in column ${column}`);
    return found;
  };

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.pcc = await step.registerPartnership('Office of the Police and Crime Commissioner for Leicestershire', 'POLICE_AND_CRIME_COMMISSIONER');
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    await step.createActionPlan(ids.board, '2017/18', 'Community Safety Agreement 2017/18');
    ids.source = (
      await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
        i: { name: "PCC's Partnership Locality Fund", funderPartnershipId: ids.pcc, recipientPartnershipId: ids.nwl, financialYear: '2017/18', amount: 34500 },
      })
    ).registerFundingSource.id;
    const content = readFileSync(join(ROOT, 'examples/north-west-leicestershire-2017-18.xlsx')).toString('base64');
    const { importActionPlan } = await api.ok(
      `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) { planId written } }`,
      { i: { partnershipId: ids.nwl, financialYear: '2017/18', fileName: 'nwl.xlsx', contentBase64: content, dryRun: false, planTitle: 'Safer North West Partnership Action Plan 2017/18' } },
    );
    expect(importActionPlan.written).toBe(true);
    const { actionPlan } = await api.ok(`{ actionPlan(id: "${importActionPlan.planId}") { priorities { actions { id title milestones { id dueQuarter } } } } }`);
    const [asb] = actionPlan.priorities;
    [actions.jag, actions.tools, actions.youth] = asb.actions;

    await step.reachMilestone(actions.jag.id, actions.jag.milestones[0].id, '2017-06-20');
    await step.recordUpdate(actions.jag.id, '2017/18 Q1', 'GREEN', 25, 'Hotspot profile agreed');
    await step.recordUpdate(actions.tools.id, '2017/18 Q1', 'GREEN', 30, 'Case review process live');
    await step.recordUpdate(actions.youth.id, '2017/18 Q1', 'GREEN', 20, 'Summer programme booked');
    const { history } = await api.ok(`{ history(id: "${actions.youth.id}") { recordedAt } }`);
    asOfBeforeQ2 = history[history.length - 1].recordedAt;

    await step.recordUpdate(actions.jag.id, '2017/18 Q2', 'RED', 30, 'CCTV review delayed: <no> camera contractor');
    await step.recordUpdate(actions.tools.id, '2017/18 Q2', 'AMBER', 50, 'Two injunctions pending at court');
    const spend = (actionId: string, quarter: string, amount: number) =>
      api.ok(`mutation($i: RecordFundingSpendInput!) { recordFundingSpend(input: $i) { spent } }`, { i: { fundingSourceId: ids.source, actionId, quarter, amount } });
    await spend(actions.jag.id, '2017/18 Q1', 1000);
    await spend(actions.jag.id, '2017/18 Q2', 2500.5);
    await spend(actions.youth.id, '2017/18 Q2', 3000);
    await spend(actions.youth.id, '2017/18 Q3', 500);
  });

  afterAll(() => api.stop());

  it('exports the quarter as XLSX with progress, RAG-coloured updates, exceptions and funding', async () => {
    const workbook = await workbookAt(`/board-packs/${ids.nwl}?quarter=2017/18%20Q2&format=xlsx`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Safer North West Partnership', 'All actions']);
    const sheet = workbook.worksheets[0];
    const rows = rowsOf(sheet);
    expect(rows.slice(0, 4)).toEqual([
      ['Safer North West Partnership: board pack 2017/18 Q2'],
      ['Safer North West Partnership Action Plan 2017/18'],
      [expect.stringMatching(/^2017\/18 Q2, as recorded on \d{4}-\d{2}-\d{2}$/)],
      ['Quarter not sealed'],
    ]);

    const asb = rowStarting(sheet, 1, 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes');
    // actions, completed, on track, at risk, off track, not started, milestones due by Q2's end, reached, overdue, % complete
    expect((asb.values as Cell[]).slice(2)).toEqual(['No', 3, 0, 1, 1, 1, 0, 4, 1, 3, 33.3]);

    const jag = rowStarting(sheet, 2, 'Coalville Joint Action Group: problem-solving in ASB hotspots');
    expect((jag.values as Cell[]).slice(5, 10)).toEqual(['Off track', 'RED', 30, 'CCTV review delayed: <no> camera contractor', 'e2e-admin']);
    expect(jag.getCell(6).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } });
    const tools = rowStarting(sheet, 2, 'Use ASB tools and powers against persistent perpetrators');
    expect(tools.getCell(6).value).toBe('AMBER');
    expect(tools.getCell(6).fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC000' } });
    const youth = rowStarting(sheet, 2, 'Diversionary activities for young people in ASB hotspots');
    expect((youth.values as Cell[]).slice(5, 8)).toEqual(['On track', 'No update', 20]);
    expect(youth.getCell(6).fill).toEqual({ type: 'pattern', pattern: 'none' });

    const asbExceptions = rows.filter((row) => row[1] === asb.getCell(1).value && typeof row[0] === 'string' && row.length === 4);
    expect(asbExceptions).toEqual([
      ['Off track', asb.getCell(1).value, 'Coalville Joint Action Group: problem-solving in ASB hotspots', 'RED at 30%: CCTV review delayed: <no> camera contractor'],
      ['Overdue milestone', asb.getCell(1).value, 'Coalville Joint Action Group: problem-solving in ASB hotspots', 'Target-hardening and CCTV review in hotspot locations (due 2017/18 Q2)'],
      ['Overdue milestone', asb.getCell(1).value, 'Use ASB tools and powers against persistent perpetrators', 'ASB case review process agreed with Leicestershire Police (due 2017/18 Q1)'],
      ['Overdue milestone', asb.getCell(1).value, 'Diversionary activities for young people in ASB hotspots', 'Summer programme delivered (due 2017/18 Q2)'],
      ['Missing update', asb.getCell(1).value, 'Diversionary activities for young people in ASB hotspots', 'no update recorded for 2017/18 Q2 (due by 30 October 2017)'],
    ]);

    const source = rowStarting(sheet, 1, "PCC's Partnership Locality Fund");
    expect((source.values as Cell[]).slice(1)).toEqual([
      "PCC's Partnership Locality Fund", 'Office of the Police and Crime Commissioner for Leicestershire', 34500, 30500, 4000, '', 6500.5,
    ]);
    expect((rowStarting(sheet, 1, '  Coalville Joint Action Group: problem-solving in ASB hotspots').values as Cell[]).slice(1)).toEqual([
      '  Coalville Joint Action Group: problem-solving in ASB hotspots', '', '', 8000, '', 2500.5, 3500.5,
    ]);
    expect((rowStarting(sheet, 1, '  Diversionary activities for young people in ASB hotspots').values as Cell[]).slice(1)).toEqual([
      '  Diversionary activities for young people in ASB hotspots', '', '', 6000, '', 3000, 3000,
    ]);
  });

  it('with asOf the pack is exactly as recorded then', async () => {
    const workbook = await workbookAt(`/board-packs/${ids.nwl}?quarter=2017/18%20Q2&format=xlsx&asOf=${encodeURIComponent(asOfBeforeQ2)}`);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(3).getCell(1).value).toBe(`2017/18 Q2, as recorded at ${new Date(asOfBeforeQ2).toISOString()}`);
    const asb = rowStarting(sheet, 1, 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes');
    expect((asb.values as Cell[]).slice(2)).toEqual(['No', 3, 0, 3, 0, 0, 0, 4, 1, 3, 25]);
    expect(rowStarting(sheet, 2, 'Coalville Joint Action Group: problem-solving in ASB hotspots').getCell(6).value).toBe('No update');
    expect((rowStarting(sheet, 1, "PCC's Partnership Locality Fund").values as Cell[]).slice(4)).toEqual([30500, 4000, '', 0]);
  });

  it('the county pack has a sheet per partnership with a plan that year', async () => {
    const workbook = await workbookAt(`/board-packs/${ids.board}?quarter=2017/18%20Q2&format=xlsx`);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Leicestershire Safer Communitie', 'Safer North West Partnership', 'County summary', 'All actions']);
  });

  it('the CLI writes the same pack from the same store', async () => {
    const context = await openCliContext(api.config);
    const out = join(api.config.dataDir, 'pack.xlsx');
    const lines: string[] = [];
    try {
      await writeBoardPack(context, ids.nwl, { quarter: '2017/18 Q2', format: 'xlsx', out }, { out: (t) => lines.push(t), err: (t) => lines.push(t) });
    } finally {
      await context.close();
    }
    expect(lines).toEqual([`Wrote Safer North West Partnership: board pack 2017/18 Q2 (1 partnership) to ${out}`]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const jag = rowStarting(workbook.worksheets[0], 2, 'Coalville Joint Action Group: problem-solving in ASB hotspots');
    expect(jag.getCell(6).value).toBe('RED');
  });

  it('prints as HTML (escaped, RAG word and colour) and as PDF', async () => {
    const html = await download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q2&format=html`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await html.text();
    expect(page).toContain('<td class="rag-RED">RED</td>');
    expect(page).toContain('.rag-RED { background: #C00000; color: #FFFFFF; font-weight: bold; }');
    expect(page).toContain('CCTV review delayed: &lt;no&gt; camera contractor');
    expect(page).toContain('Quarter not sealed');
    const pdf = await download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q2&format=pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    ['?quarter=2017/18%20Q5', 400, { code: 'BAD_USER_INPUT', field: 'quarter' }],
    ['', 400, { code: 'BAD_USER_INPUT', field: 'quarter' }],
    ['?quarter=2017/18%20Q2&format=docx', 400, { code: 'BAD_USER_INPUT', field: 'format' }],
    ['?quarter=2017/18%20Q2&asOf=yesterday', 400, { code: 'BAD_USER_INPUT', field: 'asOf' }],
  ])('answers bad parameters (%s) with the error code in a JSON body', async (query, status, extensions) => {
    const response = await download(`/board-packs/${ids.nwl}${query}`);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toEqual(extensions);
  });

  it('answers an unknown partnership with NOT_FOUND', async () => {
    const response = await download('/board-packs/nobody?quarter=2017/18%20Q2');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ message: 'Partnership nobody was not found', extensions: { code: 'NOT_FOUND' } }] });
  });

  describe('the quarter seal', () => {
    const Q2 = '2017/18%20Q2';
    let seal: { quarter: string; merkleRoot: string; shortRoot: string; sealedAt: string; sealedBy: string };
    let sealLine = '';

    // The partnership sheets carry the seal line; the table sheets after them ("County summary", "All actions") do not.
    const TABLE_SHEETS = ['County summary', 'All actions'];
    const sealRowsOf = async (path: string) =>
      (await workbookAt(path)).worksheets.filter((sheet) => !TABLE_SHEETS.includes(sheet.name)).map((sheet) => sheet.getRow(4).getCell(1).value);
    const htmlSealOf = async (path: string) => {
      const response = await download(path);
      expect(response.status).toBe(200);
      const [paragraph] = (await response.text()).match(/<p class="seal">[^]*?<\/p>/) ?? [''];
      return paragraph;
    };
    const pdfTextOf = async (path: string) => {
      const response = await download(path);
      expect(response.status).toBe(200);
      return pdfText(Buffer.from(await response.arrayBuffer()));
    };

    it('before sealing, no pack in any format shows a seal', async () => {
      expect(await sealRowsOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=xlsx`)).toEqual(['Quarter not sealed']);
      expect(await sealRowsOf(`/board-packs/${ids.board}?quarter=${Q2}&format=xlsx`)).toEqual(['Quarter not sealed', 'Quarter not sealed']);
      expect(await htmlSealOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=html`)).toBe('<p class="seal">Quarter not sealed</p>');
      const pdf = await pdfTextOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=pdf`);
      expect(pdf).toContain('Quarter not sealed');
      expect(pdf).not.toContain('Quarter sealed');
    });

    it('after sealQuarter the XLSX, HTML and PDF packs print the Merkle root the mutation returned, when and by whom', async () => {
      ({ sealQuarter: seal } = await api.ok(
        `mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "Q2" }) { quarter merkleRoot shortRoot sealedAt sealedBy } }`,
      ));
      expect(seal).toMatchObject({ quarter: '2017/18 Q2', sealedBy: 'e2e-admin' });
      expect(seal.merkleRoot).toMatch(/^[0-9a-f]{64}$/);
      sealLine = `Quarter sealed ${seal.sealedAt} by e2e-admin; seal root ${seal.merkleRoot} (short ${seal.shortRoot})`;

      expect(await sealRowsOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=xlsx`)).toEqual([sealLine]);
      // People read the moment as a UK date and London time, never an ISO timestamp.
      expect(await htmlSealOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=html`)).toBe(
        `<p class="seal">Quarter sealed ${ukMomentWords(seal.sealedAt)} by e2e-admin; seal root <code>${seal.merkleRoot}</code> (short <code>${seal.shortRoot}</code>)</p>`,
      );
      const pdf = await pdfTextOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=pdf`);
      expect(pdf).toContain(`Quarter sealed ${seal.sealedAt} by e2e-admin; seal root`);
      expect(pdf).toContain(seal.merkleRoot);
      expect(pdf).not.toContain('Quarter not sealed');
    });

    it('a seal covers the whole log, so the county pack shows it on every sheet; another quarter stays unsealed', async () => {
      expect(await sealRowsOf(`/board-packs/${ids.board}?quarter=${Q2}&format=xlsx`)).toEqual([sealLine, sealLine]);
      expect(await sealRowsOf(`/board-packs/${ids.nwl}?quarter=2017/18%20Q1&format=xlsx`)).toEqual(['Quarter not sealed']);
      expect(await htmlSealOf(`/board-packs/${ids.nwl}?quarter=2017/18%20Q3&format=html`)).toBe('<p class="seal">Quarter not sealed</p>');
    });

    it('an as-of pack from before the seal has none; one from the moment it was recorded has it', async () => {
      const justBefore = new Date(Date.parse(seal.sealedAt) - 1).toISOString();
      for (const asOf of [justBefore, asOfBeforeQ2]) {
        expect(await sealRowsOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=xlsx&asOf=${encodeURIComponent(asOf)}`)).toEqual(['Quarter not sealed']);
        expect(await sealRowsOf(`/board-packs/${ids.board}?quarter=${Q2}&format=xlsx&asOf=${encodeURIComponent(asOf)}`)).toEqual(['Quarter not sealed', 'Quarter not sealed']);
        expect(await htmlSealOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=html&asOf=${encodeURIComponent(asOf)}`)).toBe('<p class="seal">Quarter not sealed</p>');
        expect(await pdfTextOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=pdf&asOf=${encodeURIComponent(asOf)}`)).not.toContain(seal.merkleRoot);
      }
      expect(await sealRowsOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=xlsx&asOf=${encodeURIComponent(seal.sealedAt)}`)).toEqual([sealLine]);
      const html = await htmlSealOf(`/board-packs/${ids.nwl}?quarter=${Q2}&format=html&asOf=${encodeURIComponent(seal.sealedAt)}`);
      expect(html).toContain(`<code>${seal.merkleRoot}</code>`);
    });

    it('the CLI pack prints the same seal, and as of before it none', async () => {
      const context = await openCliContext(api.config);
      const out = join(api.config.dataDir, 'sealed-pack.xlsx');
      const before = join(api.config.dataDir, 'before-seal-pack.xlsx');
      const quiet = { out: () => undefined, err: () => undefined };
      try {
        await writeBoardPack(context, ids.nwl, { quarter: '2017/18 Q2', format: 'xlsx', out }, quiet);
        await writeBoardPack(context, ids.nwl, { quarter: '2017/18 Q2', format: 'xlsx', out: before, asOf: new Date(Date.parse(seal.sealedAt) - 1).toISOString() }, quiet);
      } finally {
        await context.close();
      }
      const sealRowOfFile = async (file: string) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(file);
        return workbook.worksheets[0].getRow(4).getCell(1).value;
      };
      expect(await sealRowOfFile(out)).toBe(sealLine);
      expect(await sealRowOfFile(before)).toBe('Quarter not sealed');
    });
  });
});
