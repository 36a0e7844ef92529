import ExcelJS from 'exceljs';
import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';
import { pdfText } from '../support/pdf-text';
import { HISTORY, TREE } from '../../apps/web/src/queries';
import { exceptionsOf, updatesDueBy } from '../../apps/web/src/figures';

/** The cells of every table row of an HTML board pack, unescaped. */
function rowsOf(html: string): string[][] {
  const unescape = (text: string) =>
    text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.matchAll(/<tr>([^]*?)<\/tr>/g)].map(([, row]) => [...row.matchAll(/<t[dh][^>]*>([^]*?)<\/t[dh]>/g)].map(([, cell]) => unescape(cell)));
}

const Q2 = '2017/18 Q2';
const ASB = 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes';
const IOM = 'Integrated Offender Management of priority offenders living in the district';
const JAG = 'Coalville Joint Action Group: problem-solving in ASB hotspots';

/**
 * The board's view of a quarter (issue 13, parts 3 and 4) on the demo: a pack, progress or
 * exception view for a quarter reports it as at its end, and a sealed quarter's pack is the
 * sealed one with later corrections shown apart.
 */
describe.each(storesUnderTest())('quarter semantics and sealed packs (end to end) on %s', (store) => {
  let api: ApiHarness;
  let nwl: string;
  let iom: string;

  const pack = async (query = '') => {
    const response = await api.download(`/board-packs/${nwl}?quarter=${encodeURIComponent(Q2)}&format=html${query}`);
    expect(response.status).toBe(200);
    return response.text();
  };
  const row = (rows: string[][], text: string, column = 1) => {
    const found = rows.find((cells) => cells[column] === text);
    if (!found) throw new Error(`no row with "${text}"`);
    return found;
  };

  beforeAll(async () => {
    api = await ApiHarness.start({ store, loadDemo: true });
    const { partnerships } = await api.ok(`{ partnerships { id name plans { priorities { actions { id title } } } } }`);
    const north = partnerships.find((p: any) => p.name === 'Safer North West Partnership');
    nwl = north.id;
    iom = north.plans.flatMap((p: any) => p.priorities.flatMap((pr: any) => pr.actions)).find((a: any) => a.title === IOM).id;
  });

  afterAll(() => api.stop());

  it('the Q2 pack shows each action as at Q2’s end, beside its Q2 update, and Q2’s priority figures', async () => {
    const rows = rowsOf(await pack());
    // Today IOM is At risk (Q4 AMBER); at Q2's end it was on track with its GREEN 50% update.
    expect(row(rows, IOM).slice(3, 6)).toEqual(['On track', 'GREEN', '50%']);
    // The corrected Q2 update (AMBER 40) is Q2's figure for the JAG.
    expect(row(rows, JAG).slice(3, 6)).toEqual(['At risk', 'AMBER', '40%']);
    // actions, completed, on track, at risk, off track, not started, milestones (due by Q2), reached (by Q2's end), overdue, %
    const asb = row(rows, ASB, 0);
    expect(asb.slice(2)).toEqual(['3', '0', '2', '1', '0', '0', '4', '3', '1', '48.3%']);
    expect(asb).not.toContain('91.7%');
    expect(rows).toContainEqual(['Overdue milestone', ASB, JAG, 'Target-hardening and CCTV review in hotspot locations (due 2017/18 Q2)']);
  });

  it('progress for a quarter is worked out as at its end; without one it is today’s', async () => {
    const query = `query($p: ID, $q: String) { progress(partnershipId: $p, financialYear: "2017/18", quarter: $q) {
      priority { title } progress { onTrack atRisk milestones milestonesReached percentComplete } } }`;
    const figures = async (quarter: string | null) =>
      (await api.ok(query, { p: nwl, q: quarter })).progress.find((r: any) => r.priority.title === ASB).progress;
    expect(await figures(Q2)).toEqual({ onTrack: 2, atRisk: 1, milestones: 4, milestonesReached: 3, percentComplete: 145 / 3 });
    expect(await figures(null)).toEqual({ onTrack: 3, atRisk: 0, milestones: 8, milestonesReached: 8, percentComplete: 275 / 3 });
    const wrong = await api.gql(`{ progress(quarter: "2017/18 Q5") { priority { id } } }`);
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'quarter' });
  });

  it('as of 4 September 2017 no Q2 update is missing yet: they are due by 30 October 2017', async () => {
    const { partnerships } = await api.ok(TREE, { asOf: '2017-09-04T12:00:00Z' });
    const rows = exceptionsOf(partnerships, '2017/18', '2017-09-04');
    expect(rows.filter((r) => r.kind === 'MISSING_UPDATE')).toEqual([]);
    // On the deadline day itself still none; the day after, the ones never recorded are missing.
    const onTheDay = await api.ok(TREE, { asOf: '2017-10-30T22:30:00Z' }); // 22:30 GMT: still 30 October in London
    expect(exceptionsOf(onTheDay.partnerships, '2017/18', '2017-10-30', Q2).filter((r) => r.kind === 'MISSING_UPDATE')).toEqual([]);
    const late = await api.ok(TREE, { asOf: '2017-10-31T00:30:00Z' });
    const missing = exceptionsOf(late.partnerships, '2017/18', '2017-10-31', Q2).filter((r) => r.kind === 'MISSING_UPDATE');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => r.detail === 'No update for 2017/18 Q2 (due by 30 October 2017)')).toBe(true);
    expect(updatesDueBy(Q2)).toBe('30 October 2017');
  });

  it('the Q2 pack as recorded on 4 September 2017 says each update is due by 30 October, and lists none missing', async () => {
    const html = await pack(`&asOf=${encodeURIComponent('2017-09-04T12:00:00Z')}`);
    const rows = rowsOf(html);
    // Q1's GREEN 25% still stands for IOM; its Q2 update is not due yet.
    expect(row(rows, IOM).slice(3, 6)).toEqual(['On track', 'Due by 30 October 2017', '25%']);
    expect(rows.filter((cells) => cells[0] === 'Missing update')).toEqual([]);
  });

  describe('after Q2 is sealed and a Q2 update corrected', () => {
    let seal: { sealedAt: string; shortRoot: string; merkleRoot: string };
    const REASON = 'Cohort review count was overstated';

    beforeAll(async () => {
      ({ sealQuarter: seal } = await api.ok(`mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "Q2" }) { sealedAt shortRoot merkleRoot } }`));
      await planningSteps(api).correctUpdate(iom, Q2, 'AMBER', 45, REASON);
    });

    it('the pack keeps the sealed figures and lists the correction under "Changed since the seal"', async () => {
      const html = await pack();
      expect(html).toContain(`(short <code>${seal.shortRoot}</code>). Figures as sealed; 1 update was recorded since the seal: see &quot;Changed since the seal&quot;</p>`);
      const rows = rowsOf(html);
      expect(row(rows, IOM).slice(3, 6)).toEqual(['On track', 'GREEN', '50%']);
      const changes = html.slice(html.indexOf('<h3>Changed since the seal</h3>'));
      expect(rowsOf(changes.slice(0, changes.indexOf('<h3>', 4)))).toEqual([
        ['Priority', 'Action', 'Before', 'After', 'Why', 'Recorded'],
        ['To reduce re-offending', IOM, 'GREEN (On track), 50% complete: Cohort review held.', 'AMBER (At risk), 45% complete: Corrected figures', REASON, expect.stringMatching(/^e2e-admin, \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2}$/)],
      ]);
      // As recorded at the seal, nothing had changed yet: the seal line stands alone.
      const atSeal = await pack(`&asOf=${encodeURIComponent(seal.sealedAt)}`);
      expect(atSeal).toContain(`(short <code>${seal.shortRoot}</code>)</p>`);
      expect(atSeal).toMatch(/<h3>Changed since the seal<\/h3>\n<p>None<\/p>/);
    });

    it('the XLSX and PDF packs carry the same section beside the sealed figures', async () => {
      const xlsx = await api.download(`/board-packs/${nwl}?quarter=${encodeURIComponent(Q2)}&format=xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await xlsx.arrayBuffer());
      const rows: ExcelJS.CellValue[][] = [];
      workbook.worksheets[0].eachRow((r) => rows.push((r.values as ExcelJS.CellValue[]).slice(1)));
      expect(rows[3][0]).toMatch(/Figures as sealed; 1 update was recorded since the seal: see "Changed since the seal"$/);
      expect(rows.find((cells) => cells[1] === IOM)?.slice(4, 7)).toEqual(['On track', 'GREEN', 50]);
      const heading = rows.findIndex((cells) => cells[0] === 'Changed since the seal');
      expect(rows[heading + 2].slice(0, 6)).toEqual(['To reduce re-offending', IOM, 'GREEN (On track), 50% complete: Cohort review held.', 'AMBER (At risk), 45% complete: Corrected figures', REASON, 'e2e-admin']);
      const pdf = await api.download(`/board-packs/${nwl}?quarter=${encodeURIComponent(Q2)}&format=pdf`);
      // Table cells wrap their text over lines: compare words, whatever whitespace is between them.
      const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
      expect(text).toContain('Changed since the seal');
      expect(text).toContain(REASON);
    });

    it('flags the correction afterSeal in history, the update’s versions, changesSince and the dashboard’s history', async () => {
      const { history } = await api.ok(`query($id: ID!) { history(id: $id) { type afterSeal } }`, { id: iom });
      expect(history.at(-1)).toEqual({ type: 'QuarterlyUpdateCorrected', afterSeal: true });
      expect(history.slice(0, -1).every((event: any) => event.afterSeal === false)).toBe(true);

      const { action } = await api.ok(`query($id: ID!) { action(id: $id) { updates { quarter history { percentComplete afterSeal } } } }`, { id: iom });
      expect(action.updates.find((u: any) => u.quarter === Q2).history).toEqual([
        { percentComplete: 50, afterSeal: false },
        { percentComplete: 45, afterSeal: true },
      ]);

      const { changesSince } = await api.ok(
        `query($p: ID!) { changesSince(since: "2017-11-01T00:00:00Z", partnershipId: $p, quarter: "2017/18 Q2") { actionTitle reason afterSeal } }`,
        { p: nwl },
      );
      expect(changesSince).toEqual([
        { actionTitle: JAG, reason: expect.stringMatching(/^Q2 update was drafted/), afterSeal: false },
        { actionTitle: IOM, reason: REASON, afterSeal: true },
      ]);

      const dashboard = await api.ok(HISTORY, { id: iom });
      expect(dashboard.history.map((event: any) => event.afterSeal)).toEqual(history.map((event: any) => event.afterSeal));
    });
  });
});
