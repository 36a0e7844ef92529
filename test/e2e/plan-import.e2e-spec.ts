import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { readPlanFile } from '../../apps/api/src/plan-import/read-plan-file';
import { runImport } from '../../apps/cli/src/commands/import.command';

const ROOT = join(__dirname, '../..');
const EXAMPLE = 'examples/north-west-leicestershire-2017-18.xlsx';

const IMPORT = `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) {
  planId dryRun valid written rows planCreated priorities actions milestones allocations alreadyRecorded
  problems { sheet row column heading message } warnings { row column message } } }`;

describe('action plan import (end to end)', () => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  const importFile = (fileName: string, content: Buffer, dryRun: boolean, partnershipId = ids.nwl) =>
    api.gql(IMPORT, { i: { partnershipId, financialYear: '2017/18', fileName, contentBase64: content.toString('base64'), dryRun } }, { 'x-actor': 'Safer North West coordinator' });

  beforeAll(async () => {
    api = await ApiHarness.start();
    const step = planningSteps(api);
    ids.pcc = await step.registerPartnership('Office of the Police and Crime Commissioner for Leicestershire', 'POLICE_AND_CRIME_COMMISSIONER');
    ids.nwl = await step.registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    ids.source = (
      await api.ok(`mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`, {
        i: { name: "PCC's Partnership Locality Fund", funderPartnershipId: ids.pcc, recipientPartnershipId: ids.nwl, financialYear: '2017/18', amount: 34500 },
      })
    ).registerFundingSource.id;
  });

  afterAll(() => api.stop());

  // Rows 4 and 5 leave the priority blank: it is the one above (a priority written once), so only their other cells are wrong.
  it('a bad file yields every problem with sheet, row and column, and writes nothing', async () => {
    const csv = [
      'Priority,Statutory,Action,Lead agency,Lead officer,Milestones,Funding source,Budget',
      'Tackle ASB,No,Coalville JAG,Leicestershire Police,,Group established|2017/18 Q1; Profile agreed|2017/18 Q5,,',
      'Tackle ASB,Yes,,NWLDC,,Review,,"£1,2x"',
      ',Maybe,Street drinking in Ashby,,,Order reviewed|2016/17 Q4,,',
      ",,Extra CCTV,NWLDC,,,PCC's Partnership Locality Fund,40000",
      '',
    ].join('\n');
    const answer = await importFile('nwl-bad.csv', Buffer.from(csv), false);
    expect(answer.errors).toBeUndefined();
    const report = answer.data.importActionPlan;
    expect(report).toMatchObject({ dryRun: false, valid: false, written: false, rows: 4 });
    expect(report.problems).toEqual([
      { sheet: 'nwl-bad.csv', row: 2, column: 'F', heading: 'Milestones', message: 'milestone 2 ("Profile agreed|2017/18 Q5"): the due quarter must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)' },
      { sheet: 'nwl-bad.csv', row: 3, column: 'B', heading: 'Statutory', message: 'Statutory must be the same on every row of a priority (row 2 says No)' },
      { sheet: 'nwl-bad.csv', row: 3, column: 'C', heading: 'Action', message: 'Action is required' },
      { sheet: 'nwl-bad.csv', row: 3, column: 'F', heading: 'Milestones', message: 'milestone 1 ("Review"): write it as title|due quarter, e.g. "Group established|2017/18 Q1"' },
      { sheet: 'nwl-bad.csv', row: 3, column: 'H', heading: 'Budget', message: 'Budget must be an amount in pounds such as 4500 or 4,500.50, not "£1,2x"' },
      { sheet: 'nwl-bad.csv', row: 4, column: 'B', heading: 'Statutory', message: 'Statutory must be Yes or No, not "Maybe"' },
      { sheet: 'nwl-bad.csv', row: 4, column: 'D', heading: 'Lead agency', message: 'Lead agency is required' },
      { sheet: 'nwl-bad.csv', row: 4, column: 'F', heading: 'Milestones', message: "milestone 1 (\"Order reviewed|2016/17 Q4\"): the due quarter 2016/17 Q4 is before the plan's financial year 2017/18: a milestone is due in the plan's year or a later one" },
      { sheet: 'nwl-bad.csv', row: 5, column: 'H', heading: 'Budget', message: `allocation from "PCC's Partnership Locality Fund": Budget 40,000.00 is more than the 34,500.00 GBP still unallocated on this source` },
    ]);
    const { partnership } = await api.ok(`{ partnership(id: "${ids.nwl}") { version plans { id } } }`);
    expect(partnership).toEqual({ version: 1, plans: [] });
  });

  it('a dry run of the North West Leicestershire example reports what it would write, and writes nothing', async () => {
    const report = (await importFile('north-west-leicestershire-2017-18.xlsx', readFileSync(join(ROOT, EXAMPLE)), true)).data.importActionPlan;
    expect(report).toEqual({
      planId: expect.any(String),
      dryRun: true,
      valid: true,
      written: false,
      rows: 8,
      planCreated: true,
      priorities: 5,
      actions: 8,
      milestones: 14,
      allocations: 6,
      alreadyRecorded: 0,
      problems: [],
      // The council's own ASB budget is no funding source recorded in SaferPlan: worth a look, no obstacle.
      warnings: [{ row: 3, column: 'G', message: `"NWLDC ASB budget" matches no funding source recorded for this partnership in 2017/18 (recorded: "PCC's Partnership Locality Fund"): the action keeps the name, and no money is allocated` }],
    });
    expect((await api.ok(`{ partnership(id: "${ids.nwl}") { plans { id } } }`)).partnership.plans).toEqual([]);
  });

  it('imports the example through the commands (actor recorded), allocates the PCC money, and is idempotent', async () => {
    const report = (await importFile('nwl.xlsx', readFileSync(join(ROOT, EXAMPLE)), false)).data.importActionPlan;
    expect(report).toMatchObject({ valid: true, written: true, priorities: 5, actions: 8, milestones: 14, allocations: 6 });
    const { actionPlan } = await api.ok(`{ actionPlan(id: "${report.planId}") { title financialYear priorities { title statutory actions { title leadAgency budget fundingSource milestones { dueQuarter } } } } }`);
    expect(actionPlan.title).toBe('Action plan 2017/18');
    expect(actionPlan.priorities.map((p: { title: string; statutory: boolean; actions: unknown[] }) => [p.title, p.statutory, p.actions.length])).toEqual([
      ['Increasing community confidence by effectively addressing Anti-social behaviour and its causes', false, 3],
      ['Protecting those that live work and visit the district from the effects of violence', false, 2],
      ['Support for business, schools and residents to reduce the risk of Cybercrime', false, 1],
      ['To tackle substance misuse', true, 1],
      ['To reduce re-offending', true, 1],
    ]);
    expect(actionPlan.priorities[0].actions[0]).toEqual({
      title: 'Coalville Joint Action Group: problem-solving in ASB hotspots',
      leadAgency: 'Leicestershire Police',
      budget: 8000,
      fundingSource: "PCC's Partnership Locality Fund",
      milestones: [{ dueQuarter: '2017/18 Q1' }, { dueQuarter: '2017/18 Q2' }, { dueQuarter: '2017/18 Q4' }],
    });
    const { fundingSource } = await api.ok(`{ fundingSource(id: "${ids.source}") { allocated unallocated allocations { allocated } } }`);
    expect(fundingSource).toEqual({
      allocated: 30500,
      unallocated: 4000,
      allocations: [{ allocated: 8000 }, { allocated: 6000 }, { allocated: 5000 }, { allocated: 4000 }, { allocated: 3000 }, { allocated: 4500 }],
    });
    const history = await api.ok(`{ history(id: "${report.planId}") { type actor } }`);
    expect(history.history[0]).toEqual({ type: 'ActionPlanCreated', actor: 'Safer North West coordinator' });

    const again = (await importFile('nwl.xlsx', readFileSync(join(ROOT, EXAMPLE)), false)).data.importActionPlan;
    expect(again).toMatchObject({ valid: true, written: true, planCreated: false, priorities: 0, actions: 0, milestones: 0, allocations: 0, alreadyRecorded: 28 });
    expect((await api.ok(`{ fundingSource(id: "${ids.source}") { allocated } }`)).fundingSource.allocated).toBe(30500);
  });

  it('imports from the CLI with the same rules, on the same store', async () => {
    const leicester = await planningSteps(api).registerPartnership('Safer Leicester Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const lines: string[] = [];
    const output = { out: (text: string) => lines.push(`out: ${text}`), err: (text: string) => lines.push(`err: ${text}`) };
    const options = { partnership: leicester, financialYear: '2017/18', actor: 'cli:coordinator' };
    const badCsv = join(ROOT, 'templates/action-plan-template.csv');
    const bad = await runImport(badCsv, { ...options, dryRun: true }, output, api.config);
    expect(bad.valid).toBe(false);
    expect(process.exitCode).toBe(1);
    process.exitCode = 0;
    const report = await runImport(join(ROOT, 'examples/north-west-leicestershire-2017-18.csv'), options, output, api.config);
    // Safer Leicester has no funding source recorded, so each row naming one is a warning (it still imports).
    const unmatched = (row: number, name: string) =>
      `err: warning: north-west-leicestershire-2017-18.csv!G${row} (Funding source): "${name}" matches no funding source recorded for this partnership in 2017/18 (none is recorded): the action keeps the name, and no money is allocated`;
    expect(lines).toEqual([
      'err: action-plan-template.csv: the plan has no action rows',
      'err: 1 problem(s): nothing was written',
      ...[2, 3, 4, 5, 6, 7, 9].map((row) => unmatched(row, row === 3 ? 'NWLDC ASB budget' : "PCC's Partnership Locality Fund")),
      'err: 7 warning(s): check them; they do not stop the import',
      `out: Imported into plan ${report.planId}: plan + 5 priorities, 8 actions, 14 milestones, 0 allocations`,
    ]);
    const { history } = await api.ok(`{ history(id: "${report.planId}") { type actor } }`);
    expect(history.length).toBe(6);
    expect(history[0]).toEqual({ type: 'ActionPlanCreated', actor: 'cli:coordinator' });
    // The CLI signs what it writes with the deployment's key, as the server does: the log verifies whole.
    expect((await api.ok(`{ verifyAuditTrail { ok problems { reason } } }`)).verifyAuditTrail).toEqual({ ok: true, problems: [] });
  });

  it('names the partnership, year and file type when they are wrong', async () => {
    expect((await importFile('plan.csv', Buffer.from('x'), true, 'nobody')).errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
    expect((await importFile('plan.ods', Buffer.from('x'), true)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'fileName' });
    expect((await importFile('plan.xlsx', Buffer.from('not a zip'), true)).errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'contentBase64' });
    const badYear = await api.gql(IMPORT, { i: { partnershipId: ids.nwl, financialYear: '2017', fileName: 'a.csv', contentBase64: '', dryRun: true } });
    expect(badYear.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'financialYear' });
  });
});

describe('import templates', () => {
  it.each(['templates/action-plan-template.xlsx', 'templates/action-plan-template.csv'])('%s has every heading and no rows', async (path) => {
    const file = await readPlanFile(path, readFileSync(join(ROOT, path)));
    expect(file.rows).toEqual([]);
    expect(file.problems.map((problem) => problem.message)).toEqual(['the plan has no action rows']);
  });

  it('the CSV and XLSX examples hold the same rows', async () => {
    const csv = await readPlanFile('x.csv', readFileSync(join(ROOT, 'examples/north-west-leicestershire-2017-18.csv')));
    const xlsx = await readPlanFile('x.xlsx', readFileSync(join(ROOT, EXAMPLE)));
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.rows.map((row) => row.cells)).toEqual(csv.rows.map((row) => row.cells));
    expect(xlsx.rows).toHaveLength(8);
  });
});
