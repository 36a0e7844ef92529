import type { Action, Partnership } from '../model';
import { filterParams, NO_FILTERS, readFilters } from './filters';
import { headline, pounds } from './headline';
import { ownerOf } from './owner';
import { actionMatches, actionRows, distinct, priorityMatches, sortBy } from './rows';

const PROGRESS = { actions: 0, completed: 0, onTrack: 0, atRisk: 0, offTrack: 0, notStarted: 0, milestones: 0, milestonesReached: 0, milestonesOverdue: 0, percentComplete: 0 };
const update = (quarter: string, late: boolean) => ({ quarter, rag: 'GREEN' as const, percentComplete: 10, narrative: '', recordedAt: '2017-07-01T10:00:00.000Z', recordedBy: 'x', correctionReason: null, late });

function action(id: string, over: Partial<Action>): Action {
  return { id, title: id, leadAgency: 'Police', leadOfficer: null, status: 'NOT_STARTED', percentComplete: 0, version: 1, milestones: [], updates: [], ...over };
}

const TREE: Partnership[] = [
  {
    id: 'nw',
    name: 'Safer North West Partnership',
    kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
    plans: [
      {
        id: 'nw-17',
        financialYear: '2017/18',
        title: 'NW plan',
        version: 1,
        priorities: [
          {
            id: 'reoffending',
            title: 'To reduce re-offending',
            statutory: true,
            alignedTo: [],
            progress: PROGRESS,
            actions: [
              action('iom', { title: 'Integrated Offender Management', leadAgency: 'Police', leadOfficer: 'Insp. Jo Hart', status: 'ON_TRACK', percentComplete: 90, updates: [update('2017/18 Q1', false), update('2017/18 Q2', true)] }),
              action('jag', { title: 'Coalville JAG', leadAgency: 'NWLDC', leadOfficer: ' ', status: 'OFF_TRACK', percentComplete: 20, milestones: [{ id: 'm1', title: 'm', dueQuarter: '2017/18 Q2', status: 'OVERDUE', reachedOn: null }] }),
            ],
          },
          { id: 'asb', title: 'To tackle anti-social behaviour', statutory: false, alignedTo: [], progress: PROGRESS, actions: [action('patrols', { title: 'Town centre patrols', leadAgency: 'NWLDC', status: 'AT_RISK', percentComplete: 45 })] },
        ],
      },
      { id: 'nw-18', financialYear: '2018/19', title: 'Next year', version: 1, priorities: [{ id: 'later', title: 'Later', statutory: false, alignedTo: [], progress: PROGRESS, actions: [action('later-a', {})] }] },
    ],
  },
  {
    id: 'ch',
    name: 'Charnwood Community Safety Partnership',
    kind: 'COMMUNITY_SAFETY_PARTNERSHIP',
    plans: [{ id: 'ch-17', financialYear: '2017/18', title: 'Charnwood plan', version: 1, priorities: [{ id: 'dv', title: 'Domestic abuse', statutory: false, alignedTo: [], progress: PROGRESS, actions: [action('refuge', { title: 'Refuge places', leadAgency: 'Charnwood BC', leadOfficer: 'Sam Patel', status: 'COMPLETED', percentComplete: 100 })] }] }],
  },
];

const rows = actionRows(TREE, '2017/18');
const ids = (list: Array<{ action: { id: string } }>) => list.map((r) => r.action.id);
const given = (query: string) => readFilters(new URLSearchParams(query));

describe('overview figures', () => {
  it("lists the year's actions only, with the lead officer standing in as owner", () => {
    expect(ids(rows)).toEqual(['iom', 'jag', 'patrols', 'refuge']);
    expect(rows.map((r) => r.owner)).toEqual(['Insp. Jo Hart', null, null, 'Sam Patel']);
    expect(ownerOf({ leadOfficer: null })).toBeNull();
  });

  it('reads filters from the link and writes back only what differs from the defaults', () => {
    const filters = given('partnership=nw&rag=RED&statutory=yes&q=%20jag%20&sort=percent&dir=desc&lead=');
    expect(filters).toEqual({ ...NO_FILTERS, partnership: 'nw', rag: 'RED', statutory: 'yes', q: 'jag', sort: 'percent', dir: 'desc' });
    expect(given('rag=PURPLE&statutory=maybe&dir=sideways')).toEqual(NO_FILTERS);
    expect(filterParams({ ...NO_FILTERS, dir: 'desc' })).toEqual({ ...NO_FILTERS, dir: null });
  });

  it.each([
    ['partnership=ch', ['refuge']],
    ['priority=asb', ['patrols']],
    ['lead=NWLDC', ['jag', 'patrols']],
    ['owner=Sam%20Patel', ['refuge']],
    ['rag=GREEN', ['iom']],
    ['rag=AMBER', ['patrols']],
    ['statutory=yes', ['iom', 'jag']],
    ['statutory=no', ['patrols', 'refuge']],
    ['q=coalville', ['jag']],
    ['q=nwldc%20patrols', ['patrols']],
    ['q=jo%20hart', ['iom']],
    ['partnership=nw&lead=NWLDC&statutory=no', ['patrols']],
  ])('filters %s', (query, expected) => {
    expect(ids(rows.filter((row) => actionMatches(row, given(query))))).toEqual(expected);
  });

  it('keeps a priority in the priority table by where it sits, not by its actions', () => {
    const filters = given('statutory=no&partnership=nw');
    expect(TREE[0].plans[0].priorities.filter((p) => priorityMatches(TREE[0], p, filters)).map((p) => p.id)).toEqual(['asb']);
  });

  it('sorts numbers by size and words alphabetically, either way, keeping ties in order', () => {
    expect(ids(sortBy(rows, (r) => r.action.percentComplete, 'desc'))).toEqual(['refuge', 'iom', 'patrols', 'jag']);
    expect(ids(sortBy(rows, (r) => r.action.leadAgency, 'asc'))).toEqual(['refuge', 'jag', 'patrols', 'iom']);
    expect(ids(sortBy(rows, undefined, 'desc'))).toEqual(['iom', 'jag', 'patrols', 'refuge']);
    expect(distinct(rows.map((r) => r.action.leadAgency))).toEqual(['Charnwood BC', 'NWLDC', 'Police']);
  });

  it('counts the headline over the filtered actions, with spend only of the actions shown', () => {
    const allocations = [
      { actionId: 'iom', allocated: 10000, spent: 2500 },
      { actionId: 'refuge', allocated: 24500, spent: 24500 },
      { actionId: 'later-a', allocated: 999, spent: 999 },
    ];
    expect(headline(rows, allocations)).toEqual({
      actions: 4,
      byStatus: { NOT_STARTED: 0, ON_TRACK: 1, AT_RISK: 1, OFF_TRACK: 1, COMPLETED: 1, CANCELLED: 0 },
      milestonesOverdue: 1,
      lateReturns: 1,
      allocated: 34500,
      spent: 27000,
    });
    const nwOnly = rows.filter((row) => actionMatches(row, given('partnership=nw')));
    expect(headline(nwOnly, allocations)).toMatchObject({ actions: 3, allocated: 10000, spent: 2500 });
    expect(pounds(34500)).toBe('£34,500');
  });
});
