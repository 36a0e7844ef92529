import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store';
import { ReportingCalendars } from './reporting-calendars';

describe('ReportingCalendars (the read-model lookup reminders use)', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-calendars-'));
    store = await SqliteEventStore.open({ dataDir });
    const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({ quarter: `2017/18 ${q}`, updateDeadline: ['2017-07-14', '2017-10-14', '2018-01-14', '2018-04-14'][i], boardMeeting: null }));
    await store.append('reportingcalendar-nwl-2017-18', [{ type: 'ReportingCalendarSet', data: { partnershipId: 'nwl', financialYear: '2017/18', updateDeadlineDays: 14, quarters }, schemaVersion: 1 }], {
      expectedRevision: 'no_stream',
      recordedAt: new Date('2017-05-01T09:00:00Z'),
    });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers the update deadline of partnership P, quarter Q from its calendar, else the default', async () => {
    const calendars = new ReportingCalendars(store);
    expect(await calendars.updateDeadlineOf('nwl', ' 2017/18 Q2 ')).toBe('2017-10-14');
    expect(await calendars.updateDeadlineOf('melton', '2017/18 Q2')).toBe('2017-10-30');
  });

  it('as recorded at a moment, keeps only what was recorded by then', async () => {
    const calendars = new ReportingCalendars(store);
    const before = await calendars.view(['nwl'], ['2017/18'], new Date('2017-04-30T09:00:00Z'));
    expect(before.calendars.size).toBe(0);
    const after = await calendars.view(['nwl'], ['2017/18'], new Date('2017-05-01T09:00:00Z'));
    expect(after.calendars.get('nwl 2017/18')?.updateDeadlineDays).toBe(14);
  });
});
