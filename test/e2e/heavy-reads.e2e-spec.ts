import { monitorEventLoopDelay } from 'node:perf_hooks';
import { EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanProjector } from '@saferplan/projections';
import { TREE } from '../../apps/web/src/queries';
import { ApiHarness, type GraphQLAnswer, storesUnderTest } from '../support/api-harness';
import { seedLargeHistory } from '../support/large-history';

/**
 * Issue 14, failure 2: heavy reads (as-of replays, whole-store verification) ran on the request
 * thread, so a few readers starved every writer. They now run on a worker thread, limited per user.
 */
describe.each(storesUnderTest())('heavy reads beside writers (end to end) on %s', (store) => {
  let api: ApiHarness;
  let actionIds: string[];
  const asOf = '2018-06-01T00:00:00.000Z';
  const reader = (n: number) => ({ 'x-actor': `heavy-reader-${n}` });
  const progressAsOf = `query($asOf: DateTime) { progress(asOf: $asOf) { priority { id } progress { actions percentComplete } } }`;
  const partnershipsAsOf = `query($asOf: DateTime) { partnerships(asOf: $asOf) { id name plans { id priorities { id actions { id percentComplete } } } } }`;
  const verify = '{ verifyAuditTrail { ok eventsChecked } }';

  beforeAll(async () => {
    api = await ApiHarness.start({ store, rateLimitPerMinute: 1_000_000 });
    const seeded = await seedLargeHistory(api.resolve<EventStore>(EVENT_STORE), {
      partnerships: 20,
      actionsPerPartnership: 25,
      updatesPerAction: 40,
    });
    actionIds = seeded.actionIds;
    await api.resolve(PlanProjector).waitFor(seeded.head, 300_000);
  }, 600_000);
  afterAll(async () => {
    await api?.stop();
  });

  it('lets a writer finish its writes while heavy readers are still being answered, the event loop never held for a whole read', async () => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    let heavyDone = 0;
    const heavyTimes: number[] = [];
    const heavy = [1, 2, 3].flatMap((n) =>
      [n % 2 ? progressAsOf : partnershipsAsOf, n === 2 ? verify : progressAsOf].map((query) => {
        const started = performance.now();
        return api.gql(query, { asOf }, reader(n)).then((answer) => {
          heavyDone++;
          heavyTimes.push(performance.now() - started);
          return answer;
        });
      }),
    );
    await api.gql('{ __typename }'); // the heavy requests went out first
    delay.enable();
    const writes: Array<{ codes: (string | undefined)[]; heavyStillRunning: boolean }> = [];
    for (let i = 0; i < 10; i++) {
      const answer = await api.gql(
        'mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }',
        { i: { actionId: actionIds[i], title: `Written beside heavy reads ${i}`, dueQuarter: '2018/19 Q1' } },
        { 'x-actor': 'writer' },
      );
      writes.push({
        codes: (answer.errors ?? []).map((error) => error.extensions?.code),
        heavyStillRunning: heavyDone < heavy.length,
      });
    }
    const answers = await Promise.all(heavy);
    delay.disable();
    expect(writes.flatMap((write) => write.codes)).toEqual([]);
    expect(writes.map((write) => write.heavyStillRunning)).toEqual(writes.map(() => true));
    expect(answers.flatMap((answer) => answer.errors ?? [])).toEqual([]);
    // No single stall of the request thread as long as the shortest heavy read took.
    expect(delay.max / 1e6).toBeLessThan(Math.min(...heavyTimes));
  }, 300_000);

  it('lets a user\'s next few heavy reads wait, refuses the one after with 429 RATE_LIMITED in words, and serves others meanwhile', async () => {
    // Two run and four wait their turn (a dashboard at a past moment asks several views at once).
    const first = [1, 2, 3, 4, 5, 6].map(() => api.gql(progressAsOf, { asOf }, reader(7)));
    await api.gql('{ __typename }');
    const seventh: GraphQLAnswer = await api.gql(progressAsOf, { asOf }, reader(7));
    expect(seventh.status).toBe(429);
    expect(seventh.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(seventh.errors?.[0].message).toMatch(
      /^You already have 2 heavy reads running and 4 waiting .*; wait for them to finish and try again$/,
    );
    expect((await api.gql(progressAsOf, { asOf }, reader(8))).errors).toBeUndefined();
    for (const answer of await Promise.all(first)) expect(answer.errors).toBeUndefined();
  }, 300_000);

  it('answers as of now exactly as the live read model, including a write just acknowledged', async () => {
    const { scheduleMilestone } = await api.ok(
      'mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id } }',
      { i: { actionId: actionIds[0], title: 'Read your writes', dueQuarter: '2018/19 Q2' } },
    );
    const now = new Date(Date.now() + 60_000).toISOString();
    const action = 'query($id: ID!, $asOf: DateTime) { action(id: $id, asOf: $asOf) { milestones { id title } } }';
    const [live, replayed] = [
      await api.ok(action, { id: actionIds[0], asOf: null }),
      await api.ok(action, { id: actionIds[0], asOf: now }),
    ];
    expect(replayed).toEqual(live);
    expect(replayed.action.milestones.map((m: { id: string }) => m.id)).toContain(scheduleMilestone.id);
    expect(await api.ok(progressAsOf, { asOf: now })).toEqual(await api.ok(progressAsOf, { asOf: null }));
  }, 300_000);

  it("counts a replay in the cost only when asOf is given: the dashboard's tree, live or as of a moment, stays inside the limits", async () => {
    expect((await api.gql(TREE, { asOf: null })).errors).toBeUndefined();
    expect((await api.gql(TREE, { asOf })).errors).toBeUndefined();
    const many = `query($asOf: DateTime) { ${Array.from({ length: 5 }, (_, i) => `p${i}: progress(asOf: $asOf) { priority { id } }`).join(' ')} }`;
    expect((await api.gql(many, { asOf: null })).errors).toBeUndefined();
    const refused = await api.gql(many, { asOf });
    expect(refused.status).toBe(400);
    expect(refused.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        'BAD_USER_INPUT',
        expect.stringMatching(/^Query is too expensive: its views "as recorded at" a moment and audit verifications are estimated at 25000, at most 20000 is allowed/),
      ],
    ]);
  }, 300_000);
});
