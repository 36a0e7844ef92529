import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { runImport } from '../../apps/cli/src/commands/import.command';

const FIXTURES = join(__dirname, '../fixtures/plan-import');
const FUND = "PCC's Partnership Locality Fund";
const ASB = 'Increasing community confidence by effectively addressing Anti-social behaviour';

const IMPORT = `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) {
  planId valid written rows priorities actions milestones allocations
  problems { sheet row column heading message } warnings { sheet row column heading message } } }`;
const PLAN = `query($id: ID!) { actionPlan(id: $id) { priorities { title statutory
  actions { title leadAgency leadOfficer fundingSource budget milestones { title dueQuarter } } } } }`;

/** What every variant in test/fixtures/plan-import holds (generate-fixtures.ts), read back from the API. */
const VARIANT_PLAN = (secondLeadOfficer: string | null = null) => [
  {
    title: ASB,
    statutory: false,
    actions: [
      {
        title: 'Coalville Joint Action Group',
        leadAgency: 'Leicestershire Police',
        leadOfficer: 'Sector Inspector, Coalville',
        fundingSource: FUND,
        budget: 8000,
        milestones: [
          { title: 'Hotspot profile agreed', dueQuarter: '2017/18 Q1' },
          { title: 'CCTV review', dueQuarter: '2017/18 Q2' },
        ],
      },
      {
        title: 'Diversionary activities for young people',
        leadAgency: 'Leicestershire Fire and Rescue Service',
        leadOfficer: secondLeadOfficer,
        fundingSource: null,
        budget: null,
        milestones: [{ title: 'Summer programme delivered', dueQuarter: '2017/18 Q2' }],
      },
    ],
  },
  {
    title: 'To reduce re-offending',
    statutory: true,
    actions: [
      {
        title: 'Integrated offender management',
        leadAgency: 'National Probation Service',
        leadOfficer: 'IOM Senior Probation Officer',
        fundingSource: FUND,
        budget: 4500,
        milestones: [{ title: 'Cohort reviewed', dueQuarter: '2017/18 Q4' }],
      },
    ],
  },
];

describe.each(storesUnderTest())('plan import of council file variants (end to end) on %s', (store) => {
  let api: ApiHarness;
  let pcc: string;

  /** A partnership of its own for each file, with the PCC's fund registered for it. */
  async function partnershipWithFund(name: string): Promise<{ partnershipId: string; fundId: string }> {
    const partnershipId = await planningSteps(api).registerPartnership(name, 'COMMUNITY_SAFETY_PARTNERSHIP');
    const { registerFundingSource } = await api.ok(
      `mutation($i: RegisterFundingSourceInput!) { registerFundingSource(input: $i) { id } }`,
      {
        i: {
          name: FUND,
          funderPartnershipId: pcc,
          recipientPartnershipId: partnershipId,
          financialYear: '2017/18',
          amount: 34500,
        },
      },
    );
    return { partnershipId, fundId: registerFundingSource.id };
  }

  const importFile = async (partnershipId: string, fileName: string, dryRun: boolean) => {
    const answer = await api.gql(IMPORT, {
      i: {
        partnershipId,
        financialYear: '2017/18',
        fileName,
        contentBase64: readFileSync(join(FIXTURES, fileName)).toString('base64'),
        dryRun,
      },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data.importActionPlan;
  };

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    pcc = await planningSteps(api).registerPartnership(
      'Office of the Police and Crime Commissioner for Leicestershire',
      'POLICE_AND_CRIME_COMMISSIONER',
    );
  });

  afterAll(() => api.stop());

  it.each([
    ['title-rows.csv', 'title rows above the headings', null],
    ['priority-once.csv', 'a priority written once, blank cells below it', null],
    ['quarter-forms.csv', 'quarters written "Q1 2017/18", "September 2017", "Jul-Sep 2017", "March 2018"', null],
    ['heading-synonyms.csv', 'headings "Statutory?", "Budget (£)", "Lead", "Headline action", in another order', null],
    ['semicolon.csv', 'semicolons between cells', null],
    ['windows-1252.csv', "Excel's Windows-1252 CSV (£ as 0xA3, ’ as 0x92)", 'Children\u2019s Services Manager'],
    [
      'utf8-bom.csv',
      "Excel's CSV UTF-8 with its byte-order mark (read before too; kept as a guard)",
      'Children\u2019s Services Manager',
    ],
    ['council-workbook.xlsx', 'a workbook with a notes sheet, a merged title, merged priority cells and numbers', null],
  ])('%s (%s) imports the whole plan', async (fileName, _variant, secondLeadOfficer) => {
    const { partnershipId, fundId } = await partnershipWithFund(`Variant ${fileName}`);
    const expected = {
      valid: true,
      rows: 3,
      priorities: 2,
      actions: 3,
      milestones: 4,
      allocations: 2,
      problems: [],
      warnings: [],
    };
    expect(await importFile(partnershipId, fileName, true)).toMatchObject({ ...expected, written: false });
    const report = await importFile(partnershipId, fileName, false);
    expect(report).toMatchObject({ ...expected, written: true });
    expect((await api.ok(PLAN, { id: report.planId })).actionPlan.priorities).toEqual(VARIANT_PLAN(secondLeadOfficer));
    expect((await api.ok(`{ fundingSource(id: "${fundId}") { allocated } }`)).fundingSource.allocated).toBe(12500);
  });

  describe('warnings', () => {
    let partnershipId: string;
    const expectedWarnings = (sheet: string) => [
      {
        sheet,
        row: 2,
        column: 'C',
        heading: 'Action',
        message:
          'the plan already has the action "Coalville Joint Action Group" under this priority: importing adds it again',
      },
      {
        sheet,
        row: 3,
        column: 'G',
        heading: 'Funding source',
        message: `"PCC Locality Fund" matches no funding source recorded for this partnership in 2017/18 (recorded: "${FUND}"): the action keeps the name, and no money is allocated`,
      },
      {
        sheet,
        row: 5,
        column: 'C',
        heading: 'Action',
        message:
          'row 4 already has the action "Housing advice for offenders on release" under this priority: importing adds it twice',
      },
    ];

    beforeAll(async () => {
      ({ partnershipId } = await partnershipWithFund('Safer North West Partnership'));
      expect(await importFile(partnershipId, 'plain.csv', false)).toMatchObject({ written: true, warnings: [] });
    });

    it('a dry run names the row of an action the plan already has, of one given twice, and of a source that matched nothing', async () => {
      const report = await importFile(partnershipId, 'warnings.csv', true);
      expect(report).toMatchObject({ valid: true, written: false, actions: 4, allocations: 0, problems: [] });
      expect(report.warnings).toEqual(expectedWarnings('warnings.csv'));
    });

    it('the CLI prints them at their cells, and they do not stop the import', async () => {
      const lines: string[] = [];
      const output = {
        out: (text: string) => lines.push(`out: ${text}`),
        err: (text: string) => lines.push(`err: ${text}`),
      };
      const report = await runImport(
        join(FIXTURES, 'warnings.csv'),
        { partnership: partnershipId, financialYear: '2017/18', actor: 'cli:coordinator' },
        output,
        api.config,
      );
      expect(report.warnings).toEqual(expectedWarnings('warnings.csv'));
      expect(lines).toEqual([
        'err: warning: warnings.csv!C2 (Action): the plan already has the action "Coalville Joint Action Group" under this priority: importing adds it again',
        `err: warning: warnings.csv!G3 (Funding source): "PCC Locality Fund" matches no funding source recorded for this partnership in 2017/18 (recorded: "${FUND}"): the action keeps the name, and no money is allocated`,
        'err: warning: warnings.csv!C5 (Action): row 4 already has the action "Housing advice for offenders on release" under this priority: importing adds it twice',
        'err: 3 warning(s): check them; they do not stop the import',
        `out: Imported into plan ${report.planId}: 0 priorities, 4 actions, 0 milestones, 0 allocations`,
      ]);
      // The CLI wrote beside the server: the server's model shows it once it has read that far.
      await api.resolve(PlanProjector).waitFor(await api.resolve<EventStore>(EVENT_STORE).headPosition());
      const { actionPlan } = await api.ok(PLAN, { id: report.planId });
      expect(actionPlan.priorities.map((priority: { actions: unknown[] }) => priority.actions.length)).toEqual([4, 3]);
    });
  });
});
