import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { BOARD, CHARNWOOD, FY, NWL, leicestershire } from '../testing/leicestershire';
import { appendToStore } from '../testing/plan-history';
import { readModelAsOf } from './as-of';
import { readModelAsOfPartnerships, streamsOfPartnerships } from './partnership-as-of';

describe('readModelAsOfPartnerships', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  const live = new PlanReadModel();
  const history = leicestershire();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-asof-'));
    store = await SqliteEventStore.open({ dataDir });
    await appendToStore(store, history.events, (event) => live.apply(event));
  });

  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads only the streams of the partnership and those aligned to it one hop away', () => {
    const nwl = streamsOfPartnerships(live, [NWL]);
    expect(nwl).toContain(`partnership-${NWL}`);
    expect(nwl).toContain(`partnership-${BOARD}`); // NWL's priorities align to the board's
    expect(nwl).not.toContain(`partnership-${CHARNWOOD}`); // two hops away, via the board
    expect(nwl.every((id) => !id.includes('charnwood'))).toBe(true);
    expect(streamsOfPartnerships(live, [BOARD])).toContain(`partnership-${CHARNWOOD}`); // the county view rolls it up
    expect(streamsOfPartnerships(live, ['nobody'])).toEqual([]);
  });

  it('answers exactly as the full-log replay at every recorded moment, for each partnership and the county view', async () => {
    const moments = [...new Set(history.events.map((e) => e.metadata.recordedAt))].flatMap((at) => [new Date(Date.parse(at) - 1), new Date(at)]);
    moments.push(new Date('2000-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    let compared = 0;
    for (const asOf of moments) {
      const full = await readModelAsOf(store, asOf);
      const date = asOf.toISOString().slice(0, 10);
      for (const partnershipId of [BOARD, NWL, CHARNWOOD]) {
        const scoped = await readModelAsOfPartnerships(store, live, asOf, [partnershipId]);
        expect(scoped.partnership(partnershipId)).toEqual(full.partnership(partnershipId));
        expect(scoped.progress({ partnershipId }, date)).toEqual(full.progress({ partnershipId }, date));
        for (const planId of full.partnership(partnershipId)?.planIds ?? []) {
          expect(scoped.actionPlan(planId)).toEqual(full.actionPlan(planId));
          for (const priorityId of full.actionPlan(planId)!.priorityIds) {
            expect(scoped.priority(priorityId)).toEqual(full.priority(priorityId));
            for (const actionId of full.priority(priorityId)!.actionIds) expect(scoped.action(actionId)).toEqual(full.action(actionId));
          }
        }
        compared++;
      }
      const county = await readModelAsOfPartnerships(store, live, asOf, [BOARD]);
      expect(county.countyProgress(BOARD, FY, date)).toEqual(full.countyProgress(BOARD, FY, date));
    }
    expect(compared).toBe(moments.length * 3);
  });
});
