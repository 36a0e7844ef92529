import { ApiHarness, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

/**
 * Two servers on one store, many writes to one plan at once, none pinning a version: each write
 * is retried against fresh state until it lands, never answered as someone else's conflict.
 */
describe.each(storesUnderTest())('unpinned writes to a busy record (end to end) on %s', (store) => {
  let first: ApiHarness;
  let second: ApiHarness;

  beforeAll(async () => {
    first = await ApiHarness.start({ store, rateLimitPerMinute: 1_000_000 });
    // The same data folder (SQLite) or schema (PostgreSQL): a second instance behind a load balancer.
    second = await ApiHarness.start({ store, rateLimitPerMinute: 1_000_000, dataDir: first.config.dataDir, databaseSchema: first.config.databaseSchema });
  });
  afterAll(async () => {
    await second?.stop({ keepData: true });
    await first?.stop();
  });

  it('records every priority added at once through both servers', async () => {
    const step = planningSteps(first);
    const csp = await step.registerPartnership('Oadby and Wigston CSP', 'COMMUNITY_SAFETY_PARTNERSHIP');
    const planId = await step.createActionPlan(csp, '2017/18', 'Oadby and Wigston plan 2017/18');
    const writes = 48;
    const answers = await Promise.all(
      Array.from({ length: writes }, (_, i) =>
        (i % 2 === 0 ? first : second).gql('mutation($i: AddPriorityInput!) { addPriority(input: $i) { id } }', { i: { planId, title: `Priority ${i}`, statutory: false } }),
      ),
    );
    expect(answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code))).toEqual([]);
    const { history } = await first.ok('query($id: ID!) { history(id: $id) { type } }', { id: planId });
    expect(history.filter((event: { type: string }) => event.type === 'PriorityAdded')).toHaveLength(writes);
  });
});
