import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, SqliteEventStore } from '@saferplan/event-store';
import { PlanProjector, SqliteReadModelStore } from '@saferplan/projections';
import { PeopleDirectory } from './people-directory';

const invited = (personId: string, name: string) => ({
  type: 'PersonInvited',
  schemaVersion: 1,
  data: { personId, name, email: `${personId}@council.example`, organisation: 'NWLDC' },
});

describe('PeopleDirectory', () => {
  let dir: string;
  let store: EventStore;
  let projector: PlanProjector;
  let reads: jest.SpyInstance;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'saferplan-people-directory-'));
    store = await SqliteEventStore.open({ dataDir: join(dir, 'events') });
    projector = new PlanProjector(store, new SqliteReadModelStore(join(dir, 'read-model')));
    await projector.start();
    reads = jest.spyOn(store, 'readAll');
  });

  afterEach(async () => {
    await projector.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function invite(personId: string, name: string): Promise<void> {
    const result = await store.append(`person-${personId}`, [invited(personId, name)], { expectedRevision: 'no_stream', recordedAt: new Date() });
    await projector.waitForOwn(result.events); // as the repository does before it answers
  }

  it('without a read model beside it, asks the log every time (the CLI: nothing else tells it of writes)', async () => {
    const directory = PeopleDirectory.of(store);
    await invite('dan', 'Dan Hughes');
    expect((await directory.live()).byId.get('dan')?.name).toBe('Dan Hughes');
    const before = reads.mock.calls.length;
    await directory.live();
    await directory.live();
    expect(reads.mock.calls.length - before).toBe(2);
  });

  it('following the read model, reads the log only when the read model has moved, and still reads its own writes', async () => {
    const directory = PeopleDirectory.of(store);
    directory.followKnownPosition(() => projector.knownPosition);
    await invite('dan', 'Dan Hughes');
    expect((await directory.live()).byId.has('dan')).toBe(true);
    const afterFirst = reads.mock.calls.length;
    for (let request = 0; request < 5; request++) await directory.live();
    expect(reads.mock.calls.length).toBe(afterFirst);

    await invite('sam', 'Sam Patel');
    expect((await directory.live()).byId.get('sam')?.name).toBe('Sam Patel');
    expect(reads.mock.calls.length).toBeGreaterThan(afterFirst);
  });

  it('reads the person streams first, then only what came after, folding each event once', async () => {
    const directory = PeopleDirectory.of(store);
    const other = { type: 'PartnershipRegistered', schemaVersion: 1, data: { partnershipId: 'nwl', name: 'North West Leicestershire', kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } };
    await store.append('partnership-nwl', [other], { expectedRevision: 'any', recordedAt: new Date() });
    await invite('dan', 'Dan Hughes');
    const grant = (role: string) => ({ type: 'RoleGranted', schemaVersion: 1, data: { personId: 'dan', role, partnershipId: null } });
    await store.append('person-dan', [grant('sog')], { expectedRevision: 'any', recordedAt: new Date() });
    expect((await directory.live()).byId.get('dan')?.roles.map((held) => held.role)).toEqual(['sog']);
    await store.append('partnership-nwl', [other], { expectedRevision: 'any', recordedAt: new Date() });
    await store.append('person-dan', [grant('auditor')], { expectedRevision: 'any', recordedAt: new Date() });
    await directory.live();
    expect((await directory.live()).byId.get('dan')?.roles.map((held) => held.role)).toEqual(['sog', 'auditor']);
    // The projector's subscription reads the log too (in pages of 1,000); the directory's reads are its own pages:
    // the first by the person streams' prefix, later ones only what came after its checkpoint.
    const directorys = reads.mock.calls.filter(([options]) => options?.maxCount === 5000).map(([options]) => options);
    expect(directorys[0]).toEqual({ after: 0, maxCount: 5000, filter: { streamPrefix: 'person-' } });
    expect(directorys.slice(1).every((options) => options.filter === undefined && options.after > 0)).toBe(true);
  });

  it('as of a moment, still answers from the log it has read', async () => {
    const directory = PeopleDirectory.of(store);
    directory.followKnownPosition(() => projector.knownPosition);
    await invite('dan', 'Dan Hughes');
    const between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await invite('sam', 'Sam Patel');
    const then = await directory.asOf(between);
    expect([...then.byId.keys()]).toEqual(['dan']);
  });
});
