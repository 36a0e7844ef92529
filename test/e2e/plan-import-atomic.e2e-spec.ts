import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { ApiHarness, type StoreUnderTest, storesUnderTest } from '../support/api-harness';
import { planningSteps } from '../support/mutations';

const EXAMPLE = join(__dirname, '../../examples/north-west-leicestershire-2017-18.csv');
const IMPORT = `mutation($i: ImportActionPlanInput!) { importActionPlan(input: $i) {
  planId valid written planCreated priorities actions milestones alreadyRecorded } }`;

/**
 * The database itself refuses milestones, as a disk that fills up halfway through an import
 * would: a real store error after the plan, its priorities and actions were already sent.
 */
async function refuseMilestones(api: ApiHarness, store: StoreUnderTest, refuse: boolean): Promise<void> {
  if (store === 'sqlite') {
    const db = new Database(join(api.config.dataDir, 'events.sqlite'));
    try {
      db.exec(
        refuse
          ? `CREATE TRIGGER refuse_milestones BEFORE INSERT ON events WHEN NEW.type = 'MilestoneScheduled' BEGIN SELECT RAISE(ABORT, 'disk full (injected)'); END`
          : 'DROP TRIGGER refuse_milestones',
      );
    } finally {
      db.close();
    }
    return;
  }
  const client = new Client({ connectionString: api.config.databaseUrl! });
  await client.connect();
  const schema = `"${api.config.databaseSchema}"`;
  try {
    await client.query(
      refuse
        ? `CREATE FUNCTION ${schema}.refuse_milestones() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full (injected)'; END $$;
           CREATE TRIGGER refuse_milestones BEFORE INSERT ON ${schema}.events FOR EACH ROW WHEN (NEW.type = 'MilestoneScheduled') EXECUTE FUNCTION ${schema}.refuse_milestones();`
        : `DROP TRIGGER refuse_milestones ON ${schema}.events; DROP FUNCTION ${schema}.refuse_milestones();`,
    );
  } finally {
    await client.end();
  }
}

/** An import is all-or-nothing, the plan's creation included: a failure halfway leaves nothing written. */
describe.each(storesUnderTest())('action plan import is all-or-nothing (end to end) on %s', (store) => {
  let api: ApiHarness;
  let partnershipId: string;

  beforeAll(async () => {
    api = await ApiHarness.start({ store });
    partnershipId = await planningSteps(api).registerPartnership('Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP');
  });

  afterAll(() => api.stop());

  const importExample = () =>
    api.gql(IMPORT, { i: { partnershipId, financialYear: '2017/18', fileName: 'nwl.csv', contentBase64: readFileSync(EXAMPLE).toString('base64'), dryRun: false } });
  const recorded = async (type: string) => (await api.ok(`{ events(filter: { type: "${type}" }) { nodes { position } } }`)).events.nodes.length;

  it('a store failure halfway through writes no plan, priorities or actions and answers a clean error; the next import writes it all', async () => {
    const before = (await api.ok(`{ events(first: 500) { nodes { position } } }`)).events.nodes.length;
    await refuseMilestones(api, store, true);
    let failed;
    try {
      failed = await importExample();
    } finally {
      await refuseMilestones(api, store, false);
    }
    expect(failed.errors).toEqual([expect.objectContaining({ message: 'Something went wrong on our side; it has been logged', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect((await api.ok(`{ partnership(id: "${partnershipId}") { plans { id } } }`)).partnership.plans).toEqual([]);
    for (const type of ['ActionPlanCreated', 'PriorityAdded', 'ActionCreated', 'MilestoneScheduled']) expect(await recorded(type)).toBe(0);
    expect((await api.ok(`{ events(first: 500) { nodes { position } } }`)).events.nodes.length).toBe(before);

    // Nothing was half-claimed: the same file imports whole, nothing counted as already recorded.
    const retried = await importExample();
    expect(retried.errors).toBeUndefined();
    expect(retried.data.importActionPlan).toMatchObject({ written: true, planCreated: true, priorities: 5, actions: 8, milestones: 14, alreadyRecorded: 0 });
    const { actionPlan } = await api.ok(`{ actionPlan(id: "${retried.data.importActionPlan.planId}") { priorities { actions { milestones { title } } } } }`);
    expect(actionPlan.priorities).toHaveLength(5);
    expect(actionPlan.priorities.flatMap((p: { actions: { milestones: unknown[] }[] }) => p.actions.flatMap((a) => a.milestones))).toHaveLength(14);
  });
});
