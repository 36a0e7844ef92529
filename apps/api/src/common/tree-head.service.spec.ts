import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '@saferplan/config/app-config';
import { TreeHeadJournal } from '@saferplan/event-store';
import { EventSigner } from '@saferplan/event-store/audit/event-witness';
import { SqliteEventStore } from '@saferplan/event-store/sqlite/sqlite-event-store';
import { FIRST_CATCH_UP_DELAY_MS, TreeHeadService } from './tree-head.service';

/** The background catch-up leaves the start to the read-model load and the first answers (W6). */
describe('tree head service at start', () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const clock = { now: () => new Date('2026-12-04T09:00:00.000Z') };
  let dataDir: string;
  let store: SqliteEventStore;
  let service: TreeHeadService;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-heads-'));
    store = await SqliteEventStore.open({ dataDir, signer: new EventSigner(privateKey) });
    await store.append('plan-1', [1, 2, 3].map((i) => ({ type: 'PriorityAdded', data: { i }, schemaVersion: 1 })), { expectedRevision: 'any', recordedAt: clock.now() });
    service = new TreeHeadService({ dataDir } as AppConfig, store, clock, privateKey);
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  });

  afterEach(async () => {
    service.onApplicationShutdown();
    jest.useRealTimers();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const heads = () => new TreeHeadJournal(dataDir).all();

  /** Lets the catch-up's reads (on the SQLite writer's thread and the event loop) finish. */
  async function settle(): Promise<void> {
    for (let turn = 0; turn < 50 && heads().length === 0; turn++) await new Promise((resolve) => setImmediate(resolve));
  }

  it('signs its first head only once the start-up delay has passed', async () => {
    service.onApplicationBootstrap();
    await settle();
    expect(heads()).toEqual([]);
    jest.advanceTimersByTime(FIRST_CATCH_UP_DELAY_MS);
    await settle();
    expect(heads()).toMatchObject([{ treeSize: 3 }]);
  });

  it('catches up at once when a head is asked for sooner', async () => {
    service.onApplicationBootstrap();
    await expect(service.treeHead()).resolves.toMatchObject({ treeSize: 3 });
    expect(heads()).toMatchObject([{ treeSize: 3 }]);
  });

  it('reports a long catch-up cut short by the server stopping as a stop, not a failure', async () => {
    // More than one page (5,000 events), so the rest goes to the reader the workers answer.
    await store.append('plan-2', Array.from({ length: 5_001 }, (_, i) => ({ type: 'PriorityAdded', data: { i }, schemaVersion: 1 })), { expectedRevision: 'any', recordedAt: clock.now() });
    let cutShort: (error: Error) => void = () => undefined;
    let asked = false;
    const stopping = new TreeHeadService({ dataDir } as AppConfig, store, clock, privateKey, () => {
      asked = true;
      return new Promise((_, reject) => (cutShort = reject));
    });
    const logged = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const failed = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      stopping.onApplicationBootstrap();
      jest.advanceTimersByTime(FIRST_CATCH_UP_DELAY_MS);
      for (let turn = 0; turn < 500 && !asked; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(asked).toBe(true);
      stopping.onModuleDestroy();
      cutShort(new Error('The heavy-read workers are stopping'));
      for (let turn = 0; turn < 10; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(failed).not.toHaveBeenCalled();
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Stopped before the Merkle log caught up/));
    } finally {
      stopping.onApplicationShutdown();
      logged.mockRestore();
      failed.mockRestore();
    }
  });
});
