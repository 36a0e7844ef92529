import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streams } from '@saferplan/domain';
import { type EventStore, SqliteEventStore } from '@saferplan/event-store';
import { PlanReadModel } from '@saferplan/projections';
import { leicestershire, NWL } from '@saferplan/projections/testing/leicestershire';
import { appendToStore } from '@saferplan/projections/testing/plan-history';
import { buildBoardPack } from './board-pack.model';

/**
 * A board pack counts late returns by the partnership's reporting calendar, as `late` on an
 * update and the quarter's return do: one rule. NWL gives two days after Q2 (2 October 2017);
 * a1's Q2 update was first recorded on 4 October, in time by the default 30 days, late by NWL's.
 */
describe('late returns in a board pack', () => {
  let dir: string;
  let store: EventStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saferplan-late-returns-'));
    store = await SqliteEventStore.open({ dataDir: dir });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("follows the partnership's calendar, not the default 30 days", async () => {
    const history = leicestershire();
    const deadlines = { Q1: '2017-07-02', Q2: '2017-10-02', Q3: '2018-01-02', Q4: '2018-04-02' };
    history.record(
      streams.reportingCalendar(NWL, '2017/18'),
      {
        type: 'ReportingCalendarSet',
        data: {
          partnershipId: NWL,
          financialYear: '2017/18',
          updateDeadlineDays: 2,
          quarters: Object.entries(deadlines).map(([q, updateDeadline]) => ({ quarter: `2017/18 ${q}`, updateDeadline, boardMeeting: null })),
        },
      },
      { at: '2017-06-01T09:00:00.000Z' },
    );
    await appendToStore(store, history.events);
    const queries = new PlanReadModel();
    for (const event of history.events) queries.apply(event);
    const partnership = queries.partnership(NWL)!;

    const pack = await buildBoardPack({ queries, asOfDate: '2017-10-20', asOf: null }, partnership, '2017/18 Q2', store);

    // a1: first recorded 4 October, after NWL's 2 October; a2: no Q2 update once 2 October passed.
    expect(pack.sections[0].lateReturns).toBe(2);
  });
});
