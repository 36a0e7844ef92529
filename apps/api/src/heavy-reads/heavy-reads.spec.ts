import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import {
  PlanReadModel,
  compareDocuments,
  readModelAsOf,
  readModelAsOfPartnerships,
  streamsOfPartnerships,
} from '@saferplan/projections';
import { NWL, leicestershire } from '@saferplan/projections/testing/leicestershire';
import { appendToStore, newEventOf } from '@saferplan/projections/testing/plan-history';
import { auditEverything, checkSeal, findSeal } from '@saferplan/event-store/audit/audit-checks';
import { streams } from '@saferplan/domain';
import { EventSigner } from '@saferplan/event-store/audit/event-witness';
import { EventTreeLog } from '@saferplan/event-store/audit/tree-log';
import { HeavyReads } from './heavy-reads.service';
import { HeavyReadWorkers } from './heavy-read-workers';
import { HEAVY_READ_NICE } from './thread-priority';
import { HeavyReadsBusyError } from './heavy-reads-busy.error';

/** A heavy read answered by a worker thread gives exactly the in-thread answer. */
describe('heavy reads on a worker thread', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  let onWorker: HeavyReads;
  const live = new PlanReadModel();
  const history = leicestershire();
  const moments: Date[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-heavy-'));
    store = await SqliteEventStore.open({ dataDir });
    await appendToStore(store, history.events, (event) => live.apply(event));
    const times = history.events.map((event) => Date.parse(event.metadata.recordedAt)).sort((a, b) => a - b);
    moments.push(
      new Date(times[0] - 1),
      new Date(times[Math.floor(times.length / 3)]),
      new Date(times[Math.floor((2 * times.length) / 3)] + 1),
      new Date(times[times.length - 1] + 1000),
    );
    onWorker = new HeavyReads(store, {
      workers: 1,
      limits: { perUser: 2, queue: 8 },
      workerStore: { kind: 'sqlite', dataDir },
    });
  });

  afterAll(async () => {
    await onWorker.onModuleDestroy();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('replays the whole log as of each moment exactly as the request thread does', async () => {
    const inThread = HeavyReads.inThread(store);
    for (const moment of moments) {
      const expected = (await readModelAsOf(store, moment)).toDocuments();
      expect(compareDocuments((await onWorker.asOf(moment)).toDocuments(), expected)).toEqual([]);
      expect(compareDocuments((await inThread.asOf(moment)).toDocuments(), expected)).toEqual([]);
    }
  });

  it("replays one partnership's streams as readModelAsOfPartnerships does, and answers its questions the same", async () => {
    for (const moment of moments) {
      const expected = await readModelAsOfPartnerships(store, live, moment, [NWL]);
      const answered = await onWorker.asOf(moment, streamsOfPartnerships(live, [NWL]));
      expect(compareDocuments(answered.toDocuments(), expected.toDocuments())).toEqual([]);
      expect(answered.progress({ partnershipId: NWL }, '2018-03-31')).toEqual(
        expected.progress({ partnershipId: NWL }, '2018-03-31'),
      );
    }
  });

  it('verifies the audit trail with the same result as in-thread', async () => {
    expect(await onWorker.verifyAuditTrail({})).toEqual(await auditEverything(store, {}));
  });

  it('sees an event written after the worker started (read-your-writes)', async () => {
    const before = await onWorker.asOf(moments[3]);
    const later = history.registerPartnership('late-csp', 'Late CSP', 'COMMUNITY_SAFETY_PARTNERSHIP', {
      at: moments[2].toISOString(),
    });
    await store.append(later.streamId, [newEventOf(later)], {
      expectedRevision: 'any',
      recordedAt: moments[2],
      actor: 'spec',
    });
    expect(before.partnership('late-csp')).toBeUndefined();
    const after = await onWorker.asOf(moments[3]);
    expect(after.partnership('late-csp')?.name).toBe('Late CSP');
    expect(compareDocuments(after.toDocuments(), (await readModelAsOf(store, moments[3])).toDocuments())).toEqual([]);
  });

  it('runs its reads at a lower scheduling priority than the request thread, so writers get the cores first', async () => {
    await onWorker.asOf(moments[1]); // the worker is up
    const niceOf = (task: string) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]);
    const tasks = readdirSync('/proc/self/task');
    expect(niceOf(String(process.pid))).toBe(0);
    expect(tasks.filter((task) => niceOf(task) === HEAVY_READ_NICE)).toHaveLength(1);
  });

  it('replays identical reads that wait together once, and never joins one already running', async () => {
    const pool = new HeavyReadWorkers({ kind: 'sqlite', dataDir }, 1);
    try {
      const asOf = { kind: 'asOf', asOf: moments[2].toISOString() } as const;
      // The thread is still starting, so every read below waits.
      const audit = pool.run({ kind: 'verifyAuditTrail', witnessKeys: [], signedFrom: null });
      const same = [pool.run(asOf), pool.run(asOf), pool.run(asOf)];
      const otherMoment = pool.run({ kind: 'asOf', asOf: moments[1].toISOString() });
      expect(pool.queued).toBe(3); // the audit, one replay for the three, the other moment
      const [first, second, third] = await Promise.all(same);
      expect(second).toBe(first);
      expect(third).toBe(first);
      expect(await otherMoment).not.toBe(first);
      await audit;

      const running = pool.run(asOf); // the thread is free: it starts at once
      expect(pool.queued).toBe(0);
      const askedLater = pool.run(asOf); // may follow a write acknowledged meanwhile: a replay of its own
      expect(pool.queued).toBe(1);
      const later = await askedLater;
      expect(later).not.toBe(await running);
      expect(later.kind === 'asOf' && compareDocuments(later.documents, (await readModelAsOf(store, moments[2])).toDocuments())).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('gives requests that joined one replay one model between them', async () => {
    const shared = new HeavyReads(store, { workers: 1, limits: { perUser: 4, queue: 8 }, workerStore: { kind: 'sqlite', dataDir } });
    try {
      const audit = shared.verifyAuditTrail({});
      const [one, two] = await Promise.all([shared.asOf(moments[3]), shared.asOf(moments[3])]);
      expect(two).toBe(one);
      expect(compareDocuments(one.toDocuments(), (await readModelAsOf(store, moments[3])).toDocuments())).toEqual([]);
      await audit;
    } finally {
      await shared.onModuleDestroy();
    }
  });

  it('lets one user\'s next few heavy reads wait their turn, and refuses the one after at once, with words', async () => {
    // Two run, four wait (two for each place), the seventh is refused.
    const reads = [3, 2, 1, 3, 2, 1].map((i) => onWorker.asOf(moments[i]));
    await expect(onWorker.asOf(moments[1])).rejects.toThrow(HeavyReadsBusyError);
    await expect(onWorker.asOf(moments[1])).rejects.toThrow(/You already have 2 heavy reads running and 4 waiting/);
    for (const read of await Promise.all(reads)) expect(read).toBeInstanceOf(PlanReadModel);
    await expect(onWorker.asOf(moments[1])).resolves.toBeInstanceOf(PlanReadModel);
  });

  it('checks a quarter seal on the worker exactly as checkSeal does on the request thread; an unsealed quarter is null', async () => {
    const inThread = HeavyReads.inThread(store);
    expect(await onWorker.verifySeal('2017/18 Q3', {})).toBeNull();
    expect(await inThread.verifySeal('2017/18 Q3', {})).toBeNull();
    const head = await store.headPosition();
    // A seal whose root the log does not give: the check must find it broken, in words, both ways.
    await store.append(streams.quarterSeal('2017/18 Q2'), [{
      type: 'QuarterSealed',
      schemaVersion: 1,
      data: { financialYear: '2017/18', quarter: '2017/18 Q2', merkleRoot: 'ab'.repeat(32), shortRoot: 'abab-abab-abab-abab', streamCount: 1, eventCount: head, throughPosition: head, sealedAt: '2017-11-01T09:00:00.000Z' },
    }], { expectedRevision: 'no_stream', recordedAt: new Date('2017-11-01T09:00:00.000Z'), actor: 'spec' });
    const seal = (await findSeal(store, '2017/18 Q2'))!;
    const expected = await checkSeal(store, seal, {});
    expect(expected.intact).toBe(false);
    const answered = await onWorker.verifySeal('2017/18 Q2', {});
    expect(answered).toEqual({ seal, intact: expected.intact, recomputedRoot: expected.recomputedRoot, problems: expected.problems });
    expect(await inThread.verifySeal('2017/18 Q2', {})).toEqual(answered);
  });

  it('counts a seal check against the same allowance as the other heavy reads', async () => {
    const reads = [3, 2, 1, 3, 2, 1].map((i) => onWorker.asOf(moments[i]));
    await expect(onWorker.verifySeal('2017/18 Q2', {})).rejects.toThrow(HeavyReadsBusyError);
    await Promise.all(reads);
  });

  it('fails the waiting reads, rather than hanging, when a worker cannot open its store', async () => {
    const unreachable = new HeavyReads(store, {
      workers: 1,
      limits: { perUser: 2, queue: 8 },
      workerStore: { kind: 'sqlite', dataDir: join(dataDir, 'missing') },
    });
    try {
      await expect(unreachable.asOf(moments[3])).rejects.toThrow();
      await expect(unreachable.asOf(moments[3])).rejects.toThrow(); // and the next read tries again
    } finally {
      await unreachable.onModuleDestroy();
    }
  });
});

/** The server's Merkle log catch-up reads its long pages on a worker: same leaves, same verdicts. */
describe('the Merkle log catch-up on a worker thread', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const recordedAt = new Date('2026-12-04T09:00:00.000Z');
  let dataDir: string;
  let signed: SqliteEventStore;
  let onWorker: HeavyReads;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-leaves-'));
    signed = await SqliteEventStore.open({ dataDir, signer: new EventSigner(privateKey) });
    for (let i = 0; i < 12; i++) {
      await signed.append(`plan-${i % 3}`, [{ type: 'PriorityAdded', data: { i }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt });
    }
    onWorker = new HeavyReads(signed, { workers: 1, limits: { perUser: 2, queue: 8 }, workerStore: { kind: 'sqlite', dataDir } });
  });

  afterAll(async () => {
    await onWorker.onModuleDestroy();
    await signed.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A log whose pages after the first go to the worker, and how many did. */
  function workerLog(): { log: EventTreeLog; pagesOnWorker: () => number } {
    let pages = 0;
    const log = new EventTreeLog(signed, (request) => {
      pages += 1;
      return onWorker.leafPage(request);
    });
    log.checkWitnesses([createPublicKey(privateKey)], null);
    return { log, pagesOnWorker: () => pages };
  }

  it('gives the root, the proofs and the signing start the request thread gives', async () => {
    const { log, pagesOnWorker } = workerLog();
    const here = new EventTreeLog(signed);
    here.checkWitnesses([createPublicKey(privateKey)], null);
    await log.catchUp(5);
    await here.catchUp(5);
    expect(pagesOnWorker()).toBe(2); // 12 events in pages of 5: the first here, the next two there
    expect(log.size).toBe(12);
    expect(log.root()).toBe(here.root());
    expect(log.signedFrom).toBe((await signed.readAll())[0].position);
    const position = (await signed.readAll())[7].position;
    expect(log.inclusionOf(position)).toEqual(here.inclusionOf(position));
    expect(log.unsignedEvents).toEqual([]);
  });

  it('catches an event written without the key when the worker reads it', async () => {
    const forger = await SqliteEventStore.open({ dataDir }); // the file and the code, not the key
    const appendSigned = (n: number) =>
      Promise.all(Array.from({ length: n }, (_, i) => signed.append('plan-2', [{ type: 'PriorityAdded', data: { i }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt })));
    try {
      const { log, pagesOnWorker } = workerLog();
      await log.catchUp(5);
      const before = pagesOnWorker();
      await appendSigned(3);
      const forged = await forger.append('plan-1', [{ type: 'PriorityAdded', data: { forged: true }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt });
      await appendSigned(2);
      await log.catchUp(3); // three signed events here, then the forged one first on the worker's page
      expect(pagesOnWorker() - before).toBe(2);
      expect(log.unsignedEvents).toEqual([{ streamId: 'plan-1', position: forged.position, reason: expect.stringMatching(/^unsigned/) }]);
    } finally {
      await forger.close();
    }
  });
});
