import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

const VALUES = 'values { quarter value target rag ragWords note recordedBy correctionReason }';
const INDICATOR = `id name unit polarity baseline source amberTolerancePercent aggregation version ragRule ${VALUES}`;

/**
 * Performance indicators over HTTP on SQLite (and PostgreSQL when DATABASE_URL is set): defined beside a plan's actions, targets
 * and values recorded and corrected, answered as-of, in history, in progress rows and rolled up
 * for the county board. Figures after North West Leicestershire's 2017/18 strategy (ASB reports).
 */
describe.each(storesUnderTest())('indicators (end to end) on %s', (store) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  const mutate = (name: string, input: Record<string, unknown>, fields = INDICATOR) =>
    api.gql(`mutation($i: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $i) { ${fields} } }`, { i: input });
  const lastRecordedAt = async (id: string): Promise<string> =>
    (await api.ok(`query($id: ID!) { history(id: $id) { type recordedAt } }`, { id })).history.at(-1).recordedAt;

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    const step = planningSteps(api);
    ids.board = await step.registerPartnership('Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    ids.boardPlan = await step.createActionPlan(ids.board, '2017/18', 'Community Safety Agreement 2017/18');
    ids.countyAsb = await step.addPriority(ids.boardPlan, 'Reducing anti-social behaviour');
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.plan = await step.createActionPlan(ids.nwl, '2017/18', 'Safer North West Action Plan 2017/18');
    ids.asb = await step.addPriority(ids.plan, 'Increasing community confidence by addressing ASB');
    await step.alignPriority(ids.asb, ids.countyAsb);
    ids.melton = await step.registerPartnership('Melton CSP', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.meltonPlan = await step.createActionPlan(ids.melton, '2017/18', 'Melton 2017/18');
    ids.meltonAsb = await step.addPriority(ids.meltonPlan, 'ASB');
    await step.alignPriority(ids.meltonAsb, ids.countyAsb);
  });

  afterAll(() => api.stop());

  it('defines, targets, records and corrects; RAG follows the rule; history and as-of keep every step', async () => {
    const defined = await mutate('defineIndicator', {
      planId: ids.plan, priorityId: ids.asb, name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER',
      baseline: 2229, source: 'Leicestershire Police',
    });
    expect(defined.errors).toBeUndefined();
    ids.indicator = defined.data.defineIndicator.id;
    expect(defined.data.defineIndicator).toMatchObject({ amberTolerancePercent: 5, aggregation: null, version: 1, values: [] });
    expect(defined.data.defineIndicator.ragRule).toMatch(/^GREEN: on or better than the target/);

    await mutate('setIndicatorTarget', { indicatorId: ids.indicator, quarter: '2017/18 Q1', target: 540, expectedVersion: 1 });
    const recorded = await mutate('recordIndicatorValue', { indicatorId: ids.indicator, quarter: '2017/18 Q1', value: 567, note: 'provisional' });
    expect(recorded.data.recordIndicatorValue.values).toEqual([
      {
        quarter: '2017/18 Q1', value: 567, target: 540, rag: 'AMBER', ragWords: 'Amber: worse than target by 5% of it or less',
        note: 'provisional', recordedBy: expect.any(String), correctionReason: null,
      },
    ]);
    const beforeCorrection = await lastRecordedAt(ids.indicator);

    const corrected = await mutate('correctIndicatorValue', {
      indicatorId: ids.indicator, quarter: '2017/18 Q1', value: 568, reason: 'Police re-ran the extract', expectedVersion: 3,
    });
    expect(corrected.data.correctIndicatorValue.values[0]).toMatchObject({ value: 568, rag: 'RED', correctionReason: 'Police re-ran the extract' });

    const { history } = await api.ok(`query($id: ID!) { history(id: $id) { type } }`, { id: ids.indicator });
    expect(history.map((event: { type: string }) => event.type)).toEqual([
      'IndicatorDefined', 'IndicatorTargetSet', 'IndicatorValueRecorded', 'IndicatorValueCorrected',
    ]);

    const asOf = await api.ok(`query($id: ID!, $at: DateTime, $p: ID!) {
      indicator(id: $id, asOf: $at) { version values { value rag } }
      indicators(partnershipId: $p, financialYear: "2017/18", asOf: $at) { id }
    }`, { id: ids.indicator, at: beforeCorrection, p: ids.nwl });
    expect(asOf.indicator).toEqual({ version: 3, values: [{ value: 567, rag: 'AMBER' }] });
    expect(asOf.indicators).toEqual([{ id: ids.indicator }]);

    const { indicatorChangesSince } = await api.ok(`query($at: DateTime!, $p: ID!) {
      indicatorChangesSince(since: $at, partnershipId: $p) { indicatorName quarter before { value target } after { value target } reason }
    }`, { at: beforeCorrection, p: ids.nwl });
    expect(indicatorChangesSince).toEqual([
      {
        indicatorName: 'ASB reports', quarter: '2017/18 Q1', before: { value: 567, target: 540 }, after: { value: 568, target: 540 },
        reason: 'Police re-ran the extract',
      },
    ]);
  });

  it('refuses bad input as BAD_USER_INPUT naming the field, and a stale version as CONFLICT, writing nothing', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['recordIndicatorValue', { indicatorId: ids.indicator, quarter: '2018/19 Q1', value: 1 }, 'quarter'],
      ['setIndicatorTarget', { indicatorId: ids.indicator, quarter: '2017/18 Q2', target: 'many' }, 'target'],
      ['defineIndicator', { planId: ids.plan, name: 'x', unit: 'LITRES', polarity: 'LOWER_IS_BETTER' }, 'unit'],
      ['defineIndicator', { planId: ids.plan, name: 'x', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', amberTolerancePercent: 120 }, 'amberTolerancePercent'],
    ];
    for (const [name, input, field] of cases) {
      const answer = await mutate(name, input, 'id');
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const stale = await mutate('setIndicatorTarget', { indicatorId: ids.indicator, quarter: '2017/18 Q2', target: 530, expectedVersion: 1 }, 'id');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { indicator } = await api.ok(`query($id: ID!) { indicator(id: $id) { version } }`, { id: ids.indicator });
    expect(indicator.version).toBe(4);
  });

  it("shows indicators in progress rows, and the county board's SUM of its districts in countyProgress", async () => {
    const melton = await mutate('defineIndicator', {
      planId: ids.meltonPlan, priorityId: ids.meltonAsb, name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER',
    });
    await mutate('recordIndicatorValue', { indicatorId: melton.data.defineIndicator.id, quarter: '2017/18 Q1', value: 300 });
    const county = await mutate('defineIndicator', {
      planId: ids.boardPlan, priorityId: ids.countyAsb, name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', aggregation: 'SUM',
    });
    ids.county = county.data.defineIndicator.id;
    await mutate('setIndicatorTarget', { indicatorId: ids.county, quarter: '2017/18 Q1', target: 900 });

    const { progress, countyProgress } = await api.ok(`query($p: ID!, $b: ID!) {
      progress(partnershipId: $p, financialYear: "2017/18") { indicators { indicator { name } quarter value target rag ragWords ragRule } }
      countyProgress(boardId: $b, financialYear: "2017/18") {
        indicators { indicator { aggregation districts { partnershipId } values { value note } } value target rag }
      }
    }`, { p: ids.nwl, b: ids.board });
    expect(progress[0].indicators).toEqual([
      {
        indicator: { name: 'ASB reports' }, quarter: '2017/18 Q1', value: 568, target: 540, rag: 'RED',
        ragWords: 'Red: worse than target by more than 5%', ragRule: expect.stringMatching(/^GREEN/),
      },
    ]);
    expect(countyProgress[0].indicators).toEqual([
      {
        indicator: {
          aggregation: 'SUM',
          districts: [{ partnershipId: ids.nwl }, { partnershipId: ids.melton }],
          values: [{ value: 868, note: 'Sum of 2 of 2 districts' }],
        },
        value: 868,
        target: 900,
        rag: 'GREEN',
      },
    ]);
    const refused = await mutate('recordIndicatorValue', { indicatorId: ids.county, quarter: '2017/18 Q1', value: 1 }, 'id');
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('prints the indicators, their RAG in words and the rule in the board pack (HTML, XLSX, PDF)', async () => {
    const html = await (await api.download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q1&format=html`)).text();
    expect(html).toContain('<h3>Indicators: value against target</h3>');
    expect(html).toContain('ASB reports (Increasing community confidence by addressing ASB; lower is better; baseline 2,229; source Leicestershire Police)');
    expect(html).toContain('568 against target 540: Red: worse than target by more than 5%');
    expect(html).toContain('GREEN: on or better than the target.');
    expect(html).toMatch(/<svg class="indicator-chart"[^>]* role="img" aria-label="ASB reports: 2017\/18 Q1: 568 against target 540: Red[^"]*">/);
    expect(html).toContain('<desc>2017/18 Q1: 568 against target 540: Red: worse than target by more than 5%</desc>');

    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await (await api.download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q1&format=xlsx`)).arrayBuffer()) as never);
    const rows: unknown[][] = [];
    workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['Indicators: value against target']);
    expect(rows).toContainEqual([
      expect.stringMatching(/^ASB reports/), '2017/18 Q1', 568, 540, 'RED', '568 against target 540: Red: worse than target by more than 5%',
    ]);

    const pdf = await api.download(`/board-packs/${ids.nwl}?quarter=2017/18%20Q1&format=pdf`);
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  const importFile = (fileName: string, content: Buffer | string, dryRun: boolean) =>
    api.ok(`mutation($i: ImportIndicatorValuesInput!) {
      importIndicatorValues(input: $i) { valid written rows values corrections targets alreadyRecorded problems { sheet row column heading message } }
    }`, { i: { partnershipId: ids.nwl, financialYear: '2017/18', fileName, contentBase64: Buffer.from(content).toString('base64'), dryRun } });

  it('imports values from CSV: every problem by row and column, nothing written unless all is well, never twice', async () => {
    const bad = [
      'Indicator,Quarter,Value,Target,Note,Reason',
      'ASB reports,2017/18 Q2,540,530,,',
      'asb reports,2017/18 Q1,568,,,',
      'ASB reports,2017/18 Q3,lots,,,',
      'Violent crime,2017/18 Q3,1,,,',
      'ASB reports,2018/19 Q1,5,,,',
      'ASB reports,2017/18 Q1,570,,,',
    ].join('\n');
    const refused = (await importFile('asb.csv', bad, false)).importIndicatorValues;
    expect(refused).toMatchObject({ valid: false, written: false, rows: 6 });
    expect(refused.problems).toEqual([
      { sheet: 'asb.csv', row: 4, column: 'C', heading: 'Value', message: 'value must be a finite number' },
      { sheet: 'asb.csv', row: 5, column: 'A', heading: 'Indicator', message: `no indicator "Violent crime" in this partnership's plan for the year: define it first` },
      { sheet: 'asb.csv', row: 6, column: 'B', heading: 'Quarter', message: expect.stringMatching(/^quarter 2018\/19 Q1 is not a quarter of this indicator's plan year 2017\/18/) },
      { sheet: 'asb.csv', row: 7, column: 'B', heading: 'Quarter', message: 'ASB reports 2017/18 Q1 is already given on asb.csv row 3: one row per indicator and quarter' },
    ]);
    const { indicator: untouched } = await api.ok(`query($id: ID!) { indicator(id: $id) { version } }`, { id: ids.indicator });
    expect(untouched.version).toBe(4);

    const good = 'Indicator,Quarter,Value,Target,Note,Reason\nASB reports,2017/18 Q2,"1,040",530,,\nasb reports,2017/18 Q1,569,,,Late reports added\n';
    expect((await importFile('asb.csv', good, true)).importIndicatorValues).toMatchObject({ valid: true, written: false, values: 1, corrections: 1, targets: 1 });
    expect((await importFile('asb.csv', good, false)).importIndicatorValues).toMatchObject({ valid: true, written: true, values: 1, corrections: 1, targets: 1 });
    const again = (await importFile('asb.csv', good, false)).importIndicatorValues;
    expect(again).toMatchObject({ valid: true, values: 0, corrections: 0, targets: 0, alreadyRecorded: 3 });
    const { indicator } = await api.ok(`query($id: ID!) { indicator(id: $id) { version values { quarter value target correctionReason } } }`, { id: ids.indicator });
    expect(indicator).toEqual({
      version: 7,
      values: [
        { quarter: '2017/18 Q1', value: 569, target: 540, correctionReason: 'Late reports added' },
        { quarter: '2017/18 Q2', value: 1040, target: 530, correctionReason: null },
      ],
    });
  });

  it('imports values from an XLSX workbook, skipping sheets without the headings', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['Exported from the police performance system']);
    const sheet = workbook.addWorksheet('Values');
    sheet.addRow(['Indicator', 'Quarter', 'Value']);
    sheet.addRow(['ASB reports', '2017/18 Q3', 498]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await importFile('asb.xlsx', content, false)).importIndicatorValues).toMatchObject({ valid: true, written: true, values: 1, problems: [] });
    const { indicator } = await api.ok(`query($id: ID!) { indicator(id: $id) { values { quarter value } } }`, { id: ids.indicator });
    expect(indicator.values.at(-1)).toEqual({ quarter: '2017/18 Q3', value: 498 });
  });
});
