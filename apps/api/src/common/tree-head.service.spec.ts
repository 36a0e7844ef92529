import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
});
