/**
 * Issue 14, failure 1, end to end on PostgreSQL: a transaction held open elsewhere on the server
 * must not fail or stall writes (docs/adr/0007-settled-horizon-of-our-appenders.md), and a write
 * that is stored is never answered as a failure, even when the read model is late.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { streams } from '@saferplan/domain';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { appendInTransaction } from '@saferplan/event-store/postgres/postgres-append';
import { tablesFor } from '@saferplan/event-store/postgres/postgres-schema';
import { dropSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';
import { dropOtherDatabase, FOREIGN_TRANSACTION_KINDS, type ForeignTransaction, holdForeignTransaction } from '@saferplan/event-store/testing/foreign-transactions';
import { ApiHarness } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

const OTHER_DATABASE = 'pgtxn_other_e2e';
const SCHEDULE = `mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id title status } }`;
const MILESTONES = `query($id: ID!) { action(id: $id) { milestones { id title } } }`;

/** Polls until the answer is the expected one; fails after `tries` polls. No timing is asserted. */
async function eventually<T>(read: () => Promise<T>, expected: (value: T) => boolean, what: string, tries = 150): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await read();
    if (expected(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting until ${what}; last answer: ${JSON.stringify(last)}`);
}

/** An action to hang milestones on, through the API. */
async function givenAction(api: ApiHarness): Promise<string> {
  const step = planningSteps(api);
  const partnership = await step.registerPartnership('Melton Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
  const plan = await step.createActionPlan(partnership, '2017/18', 'Melton CSP plan 2017/18');
  const priority = await step.addPriority(plan, 'Reducing anti-social behaviour');
  return step.createAction(plan, priority, 'Town centre patrols');
}

const milestoneTitles = async (api: ApiHarness, actionId: string): Promise<string[]> =>
  (await api.ok(MILESTONES, { id: actionId })).action.milestones.map((m: { title: string }) => m.title);

describeWithService('postgres', 'writes while other transactions are open on the PostgreSQL server (end to end)', (connectionString) => {
  afterAll(() => dropOtherDatabase(connectionString, OTHER_DATABASE));

  describe('a transaction held open elsewhere', () => {
    const schema = `pgtxn_${randomBytes(6).toString('hex')}`;
    let a: ApiHarness;
    let b: ApiHarness;
    let actionId: string;
    let held: ForeignTransaction | null = null;

    beforeAll(async () => {
      a = await ApiHarness.start({ store: 'postgres', databaseSchema: schema });
      b = await ApiHarness.start({ store: 'postgres', databaseSchema: schema });
      actionId = await givenAction(a);
    });
    afterEach(async () => {
      await held?.end();
      held = null;
    });
    afterAll(async () => {
      await b?.stop();
      await a?.stop();
      await dropSchema(connectionString, schema);
    });

    it.each(FOREIGN_TRANSACTION_KINDS)('%s: mutations on both instances succeed, both read models follow, and match a rebuild', async (kind) => {
      held = await holdForeignTransaction(connectionString, kind, OTHER_DATABASE);
      const titles = Array.from({ length: 6 }, (_, i) => `${kind} review ${i + 1}`);
      for (const [i, title] of titles.entries()) {
        const api = i % 2 === 0 ? a : b;
        const answer = await api.gql(SCHEDULE, { i: { actionId, title, dueQuarter: '2017/18 Q4' } });
        expect({ status: answer.status, errors: answer.errors }).toEqual({ status: 200, errors: undefined });
        expect(answer.data.scheduleMilestone).toMatchObject({ title });
        expect(await milestoneTitles(api, actionId)).toContain(title);
      }
      // While the transaction is still open, each instance's read model follows the other's writes.
      for (const api of [a, b]) {
        await eventually(() => milestoneTitles(api, actionId), (seen) => titles.every((t) => seen.includes(t)), `both instances see ${kind}'s writes`);
      }
      await held.end();
      held = null;
      for (const api of [a, b]) {
        const seen = await milestoneTitles(api, actionId);
        expect(titles.map((t) => seen.filter((s) => s === t).length)).toEqual(titles.map(() => 1));
        expect((await api.resolve(PlanProjector).rebuild()).differences).toEqual([]);
      }
    });
  });

  describe('a read model later than its wait', () => {
    const schema = `pgtxn_${randomBytes(6).toString('hex')}`;
    let api: ApiHarness;
    let blocker: Client;

    beforeAll(async () => {
      api = await ApiHarness.start({ store: 'postgres', databaseSchema: schema, readModelWaitMs: 300 });
      blocker = new Client({ connectionString });
      await blocker.connect();
    });
    afterAll(async () => {
      await blocker?.end();
      await api?.stop();
      await dropSchema(connectionString, schema);
    });

    it('answers a stored write as done, from its own events, and records it once', async () => {
      const actionId = await givenAction(api);
      // An append of our own left in flight: the log cannot settle past it, so the model waits.
      await blocker.query('BEGIN');
      await appendInTransaction(blocker, tablesFor(schema), 'blocker-stream', [{ type: 'Unrelated', data: {}, schemaVersion: 1 }], {
        expectedRevision: 'any',
        recordedAt: new Date('2017-05-02T09:00:00Z'),
      });

      const answer = await api.gql(SCHEDULE, { i: { actionId, title: 'Patrol plan agreed', dueQuarter: '2017/18 Q2' } });
      expect({ status: answer.status, errors: answer.errors }).toEqual({ status: 200, errors: undefined });
      expect(answer.data.scheduleMilestone).toMatchObject({ title: 'Patrol plan agreed' });
      // Read-your-writes still holds on this instance, from the stored events shown on top.
      expect(await milestoneTitles(api, actionId)).toEqual(['Patrol plan agreed']);
      // ... while the model itself has not reached the stored event.
      const projector = api.resolve(PlanProjector);
      const store = api.resolve<EventStore>(EVENT_STORE);
      const [stored] = await store.readStream(streams.action(actionId), { direction: 'backwards', maxCount: 1 });
      expect(stored.type).toBe('MilestoneScheduled');
      expect(projector.checkpoint).toBeLessThan(stored.position);

      await blocker.query('ROLLBACK');
      await projector.waitFor(stored.position);
      expect(await milestoneTitles(api, actionId)).toEqual(['Patrol plan agreed']);
      expect((await projector.rebuild()).differences).toEqual([]);
    });
  });
});
