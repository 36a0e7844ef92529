import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { NWL, leicestershire } from '../testing/leicestershire';
import { newEventOf } from '../testing/plan-history';
import { isAfterSeal, isEventAfterSeal, type QuarterSeals, readModelAtSeal, readQuarterSeals } from './at-seal';

/** A seal closes the log through its position; what is recorded about the quarter later is "after the seal". */
describe('the read model at a seal', () => {
  const Q2 = '2017/18 Q2';
  let dataDir: string;
  let store: SqliteEventStore;
  const live = new PlanReadModel();
  let sealedThrough = 0;
  let correction: RecordedEvent;

  const append = async (event: RecordedEvent) => {
    const result = await store.append(event.streamId, [newEventOf(event)], { expectedRevision: 'any', recordedAt: new Date(event.metadata.recordedAt), actor: event.metadata.actor });
    live.apply(result.events[0]);
    return result.events[0];
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-seal-'));
    store = await SqliteEventStore.open({ dataDir });
    const history = leicestershire();
    for (const event of history.events) sealedThrough = (await append(event)).position;
    const seal = history.record('seal-2017-18-Q2', {
      type: 'QuarterSealed',
      data: { financialYear: '2017/18', quarter: Q2, merkleRoot: 'ab'.repeat(32), shortRoot: 'abab-abab-abab-abab', streamCount: 1, eventCount: sealedThrough, throughPosition: sealedThrough, sealedAt: '2017-11-01T09:00:00.000Z' },
    }, { at: '2017-11-01T09:00:00.000Z' });
    await append(seal);
    correction = await append(history.correctUpdate('a1', Q2, 'AMBER', 42, 'Late police figures', 'Patrols resumed', { at: '2017-11-02T09:00:00.000Z' }));
  });

  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finds each quarter’s seal with the position it covers and when it was recorded', async () => {
    const seals = await readQuarterSeals(store, [Q2, '2017/18 Q1']);
    expect([...seals.values()]).toEqual([{ quarter: Q2, throughPosition: sealedThrough, recordedAt: '2017-11-01T09:00:00.000Z' }]);
  });

  it('folds only the sealed events: the later correction is not in it, and both scopes give the same answer', async () => {
    const [seal] = (await readQuarterSeals(store, [Q2, '2017/18 Q1'])).values();
    for (const model of [await readModelAtSeal(store, seal), await readModelAtSeal(store, seal, { live, partnershipIds: [NWL] }, 7)]) {
      expect(model.action('a1')?.updates.find((u) => u.quarter === Q2)).toMatchObject({ rag: 'RED', percentComplete: 40 });
    }
    expect(live.action('a1')?.updates.find((u) => u.quarter === Q2)).toMatchObject({ rag: 'AMBER', percentComplete: 42 });
  });

  it('flags what is recorded about a sealed quarter after its seal, by position for events and by time for versions', async () => {
    const seals: QuarterSeals = await readQuarterSeals(store, [Q2, '2017/18 Q1']);
    expect(isEventAfterSeal(seals, correction)).toBe(true);
    const corrections = await store.readAll({ filter: { type: 'QuarterlyUpdateCorrected' } });
    expect(corrections.filter((event) => isEventAfterSeal(seals, event)).map((event) => event.position)).toEqual([correction.position]);
    // Another quarter, or an event that is no update, is never after a seal.
    expect(isAfterSeal(seals, '2017/18 Q1', { position: correction.position, recordedAt: correction.metadata.recordedAt })).toBe(false);
    expect(isEventAfterSeal(seals, { ...correction, type: 'MilestoneReached' })).toBe(false);
    expect(isAfterSeal(seals, Q2, { recordedAt: '2017-11-01T09:00:00.000Z' })).toBe(false);
    expect(isAfterSeal(seals, Q2, { recordedAt: '2017-11-01T09:00:00.001Z' })).toBe(true);
  });
});
