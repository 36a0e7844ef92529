import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import { CheckpointedReminderViews } from './reminder-views';

/** The reminders views read only what was recorded after their checkpoint, and agree with a full fold. */
describe('checkpointed reminder views', () => {
  let dataDir: string;
  let store: SqliteEventStore;

  const record = (streamId: string, type: string, data: object) =>
    store.append(streamId, [{ type, data, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: new Date('2017-07-16T08:00:00Z'), actor: 'saferplan-reminders' });
  const sent = (reminderId: string) =>
    record(`reminder-${reminderId}`, 'ReminderSent', {
      reminderId, kind: 'BEFORE_DEADLINE', recipientId: 'p1', recipientName: 'Ann', recipientEmail: 'ann@x.gov.uk', actionId: 'a1', quarter: '2017/18 Q1', occasion: '2017-07-16', about: [], sentAt: '2017-07-16T08:00:00.000Z',
    });

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-reminder-views-'));
    store = await SqliteEventStore.open({ dataDir });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a second read asks only for events after the checkpoint, and sees every claim since', async () => {
    await sent('r1');
    await record('action-a1', 'ActionCreated', { actionId: 'a1' });
    await record('reminderpreference-p1', 'ReminderPreferenceSet', { personId: 'p1', digestOnly: true });
    const views = new CheckpointedReminderViews(store);
    const first = await views.current();
    expect(first.ledger.sent.map((r) => r.reminderId)).toEqual(['r1']);
    const checkpoint = views.position;
    expect(checkpoint).toBe(await store.headPosition());

    await sent('r2');
    await record('reminder-r1', 'ReminderSendFailed', { reminderId: 'r1', reason: 'refused', failedAt: '2017-07-16T08:00:01.000Z' });
    await record('reminderpreference-p1', 'ReminderPreferenceSet', { personId: 'p1', digestOnly: false });
    const reads = jest.spyOn(store, 'readAll');
    const second = await views.current();
    expect(reads.mock.calls.map(([options]) => options?.after)).toEqual([checkpoint, checkpoint, checkpoint]);
    expect(second.ledger.sent.map((r) => [r.reminderId, r.failure])).toEqual([['r1', 'refused'], ['r2', null]]);
    expect([...second.preferences.digestOnly]).toEqual([['p1', false]]);

    const rebuilt = await new CheckpointedReminderViews(store).current();
    expect(rebuilt).toEqual(second);
  });

  it('reads nothing when the log has not moved', async () => {
    await sent('r1');
    const views = new CheckpointedReminderViews(store);
    await views.current();
    const reads = jest.spyOn(store, 'readAll');
    expect((await views.current()).ledger.sent).toHaveLength(1);
    expect(reads).not.toHaveBeenCalled();
  });

  it('callers at the same moment fold each event once', async () => {
    await sent('r1');
    await sent('r2');
    const views = new CheckpointedReminderViews(store);
    const [a, b] = await Promise.all([views.current(), views.current()]);
    expect(a.ledger.sent.map((r) => r.reminderId)).toEqual(['r1', 'r2']);
    expect(b).toBe(a);
  });
});
