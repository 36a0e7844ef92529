import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionPlanDecider, type AddPriority, ConflictError, type CreateActionPlan, partnershipDecider, type RegisterPartnership, streams } from '@saferplan/domain';
import { type EventStore, type RecordedEvent, SqliteEventStore } from '@saferplan/event-store';
import type { PlanProjector } from '@saferplan/projections';
import { WrongExpectedRevisionError } from '@saferplan/event-store/event-store.port';
import { AggregateRepository, RecordBusyError } from './aggregate-repository';
import { WriteBatch } from './write-batch';

const NOW = new Date('2017-05-02T09:00:00Z');
const register = (partnershipId: string, name: string) => (now: Date): RegisterPartnership => ({
  type: 'RegisterPartnership',
  data: { partnershipId, name, kind: 'COMMUNITY_SAFETY_PARTNERSHIP' },
  metadata: { now },
});
const renamedTo = (name: string) => ({ type: 'PartnershipRegistered', schemaVersion: 1, data: { partnershipId: 'p1', name, kind: 'COMMUNITY_SAFETY_PARTNERSHIP' } });

describe('AggregateRepository', () => {
  let dataDir: string;
  let store: EventStore;
  let waited: number[];
  let repository: AggregateRepository;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'saferplan-repository-'));
    store = await SqliteEventStore.open({ dataDir });
    waited = [];
    const projector = {
      waitForOwn: async (events: RecordedEvent[]) => {
        if (events.length > 0) waited.push(events[events.length - 1].position);
        return 'current';
      },
    } as unknown as PlanProjector;
    repository = new AggregateRepository(store, { now: () => NOW }, projector);
  });

  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('appends what the decider decides, records the actor, and waits for the read model', async () => {
    const { events } = await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', actorName: 'Admin' });
    expect(events.map((event) => [event.type, event.revision, event.metadata.actor, event.metadata.actorName, event.metadata.recordedAt])).toEqual([
      ['PartnershipRegistered', 0, 'u1', 'Admin', NOW.toISOString()],
    ]);
    expect(waited).toEqual([events[0].position]);
  });

  it('reads on from its snapshot, so events written elsewhere are never missed', async () => {
    await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1' });
    // Another instance appends to the same stream behind this repository's back.
    await store.append(streams.partnership('p1'), [renamedTo('Melton Community Safety Partnership')], { expectedRevision: 0, recordedAt: NOW });
    const loaded = await repository.load(streams.partnership('p1'), partnershipDecider);
    expect(loaded.revision).toBe(1);
    expect(loaded.state).toMatchObject({ exists: true, name: 'Melton Community Safety Partnership' });
  });

  it('rejects a stale expectedVersion with a CONFLICT naming the field, writing nothing', async () => {
    await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1' });
    const stale = repository.execute(streams.partnership('p2'), partnershipDecider, register('p2', 'Oadby CSP'), { actor: 'u1', expectedVersion: 3 });
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(stale).rejects.toMatchObject({ field: 'expectedVersion' });
    expect(await store.readStream(streams.partnership('p2'))).toEqual([]);
  });

  it('answers a retried commandId with the original events and records nothing new', async () => {
    const first = await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', commandId: 'c-1' });
    const second = await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', commandId: 'c-1' });
    expect(second).toEqual({ events: first.events, duplicate: true });
    expect(await store.readAll()).toHaveLength(1);
  });

  it('retries against fresh state when another writer got in first and no version was pinned', async () => {
    const planStream = streams.actionPlan('plan-1');
    await store.append(planStream, [{ type: 'ActionPlanCreated', schemaVersion: 1, data: { planId: 'plan-1', partnershipId: 'p1', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP', financialYear: '2017/18', title: 'Plan' } }], { expectedRevision: 'no_stream', recordedAt: NOW });
    const append = store.append.bind(store);
    let interfered = false;
    store.append = async (streamId, events, options) => {
      if (!interfered) {
        interfered = true;
        await append(streamId, [{ type: 'PriorityAdded', schemaVersion: 1, data: { planId: 'plan-1', priorityId: 'pr-other', title: 'Hate crime', statutory: false } }], { expectedRevision: 'any', recordedAt: NOW });
      }
      return append(streamId, events, options);
    };
    const addPriority = (now: Date): AddPriority => ({ type: 'AddPriority', data: { planId: 'plan-1', priorityId: 'pr-1', title: 'ASB', statutory: false }, metadata: { now } });
    const { events } = await repository.execute(planStream, actionPlanDecider, addPriority, { actor: 'u1' });
    expect(events.map((event) => [event.type, event.revision])).toEqual([['PriorityAdded', 2]]);
    expect((await store.readStream(planStream)).map((event) => event.data.priorityId ?? null)).toEqual([null, 'pr-other', 'pr-1']);

    // The same race with a pinned version is the caller's conflict, not retried.
    interfered = false;
    const pinned = (now: Date): AddPriority => ({ type: 'AddPriority', data: { planId: 'plan-1', priorityId: 'pr-2', title: 'Drugs', statutory: false }, metadata: { now } });
    await expect(repository.execute(planStream, actionPlanDecider, pinned, { actor: 'u1', expectedVersion: 3 })).rejects.toMatchObject({ field: 'expectedVersion' });
    expect(await store.readStream(planStream)).toHaveLength(4);
  });

  describe('under contention, an unpinned write', () => {
    const planStream = streams.actionPlan('plan-1');
    const addPriority = (priorityId: string) => (now: Date): AddPriority => ({ type: 'AddPriority', data: { planId: 'plan-1', priorityId, title: 'ASB', statutory: false }, metadata: { now } });
    /** Another writer appends to the stream just before each of this repository's next `times` appends. */
    const interfere = (times: number) => {
      const append = store.append.bind(store);
      let left = times;
      store.append = async (streamId, events, options) => {
        if (left > 0) {
          left--;
          await append(streamId, [{ type: 'PriorityAdded', schemaVersion: 1, data: { planId: 'plan-1', priorityId: `pr-other-${left}`, title: 'Hate crime', statutory: false } }], { expectedRevision: 'any', recordedAt: NOW });
        }
        return append(streamId, events, options);
      };
    };
    beforeEach(async () => {
      await store.append(planStream, [{ type: 'ActionPlanCreated', schemaVersion: 1, data: { planId: 'plan-1', partnershipId: 'p1', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP', financialYear: '2017/18', title: 'Plan' } }], { expectedRevision: 'no_stream', recordedAt: NOW });
    });

    it('keeps retrying against fresh state past a handful of lost races, and succeeds', async () => {
      interfere(12);
      const patient = new AggregateRepository(store, { now: () => NOW }, { waitForOwn: async () => 'current' } as unknown as PlanProjector, { deadlineMs: 5_000, firstBackoffMs: 1, maxBackoffMs: 2 });
      const { events } = await patient.execute(planStream, actionPlanDecider, addPriority('pr-1'), { actor: 'u1' });
      expect(events.map((event) => [event.type, event.revision])).toEqual([['PriorityAdded', 13]]);
      expect(await store.readStream(planStream)).toHaveLength(14);
    });

    it('answers RecordBusyError, not a conflict, once the deadline passes, writing nothing of its own', async () => {
      interfere(Number.POSITIVE_INFINITY);
      const hurried = new AggregateRepository(store, { now: () => NOW }, { waitForOwn: async () => 'current' } as unknown as PlanProjector, { deadlineMs: 50, firstBackoffMs: 1, maxBackoffMs: 5 });
      const attempt = hurried.execute(planStream, actionPlanDecider, addPriority('pr-1'), { actor: 'u1' });
      await expect(attempt).rejects.toThrow(RecordBusyError);
      await expect(attempt).rejects.not.toThrow(ConflictError);
      await expect(attempt).rejects.toThrow('This record is busy: other changes to it kept arriving while yours was being saved; nothing was recorded, try again');
      expect((await store.readStream(planStream)).map((event) => event.data.priorityId).filter((id) => id === 'pr-1')).toEqual([]);
    });
  });

  it('rejects a commandId first used on another stream', async () => {
    await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', commandId: 'c-1' });
    await expect(
      repository.execute(streams.partnership('p2'), partnershipDecider, register('p2', 'Oadby CSP'), { actor: 'u1', commandId: 'c-1' }),
    ).rejects.toMatchObject({ field: 'commandId' });
  });
  describe('a batch', () => {
    const createPlan = (now: Date): CreateActionPlan => ({
      type: 'CreateActionPlan',
      data: { planId: 'p1-2017-18', partnership: { partnershipId: 'p1', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', exists: true }, financialYear: '2017/18', title: 'Plan' },
      metadata: { now },
    });
    const addPriority = (now: Date): AddPriority => ({ type: 'AddPriority', data: { planId: 'p1-2017-18', priorityId: 'pr-1', title: 'ASB', statutory: false }, metadata: { now } });

    it('decides each command against what the batch already holds, writes nothing until commit, then writes it all', async () => {
      const batch = new WriteBatch();
      const registered = await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', commandId: 'c-1', batch });
      // The second registration sees the first, though nothing is written yet.
      await expect(repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', batch })).rejects.toThrow(ConflictError);
      await repository.execute(streams.actionPlan('p1-2017-18'), actionPlanDecider, createPlan, { actor: 'u1', commandId: 'c-2', batch });
      // Adding a priority needs the plan, which exists only in the batch so far.
      await repository.execute(streams.actionPlan('p1-2017-18'), actionPlanDecider, addPriority, { actor: 'u1', commandId: 'c-3', batch });
      expect(registered.events.map((event) => [event.type, event.revision, event.position])).toEqual([['PartnershipRegistered', 0, 0]]);
      expect(await store.readAll()).toEqual([]);
      expect((await repository.load(streams.partnership('p1'), partnershipDecider, batch)).revision).toBe(0);

      const results = await repository.commit(batch);
      expect((await store.readAll()).map((event) => [event.streamId, event.type, event.metadata.commandId])).toEqual([
        [streams.partnership('p1'), 'PartnershipRegistered', 'c-1'],
        [streams.actionPlan('p1-2017-18'), 'ActionPlanCreated', 'c-2'],
        [streams.actionPlan('p1-2017-18'), 'PriorityAdded', 'c-3'],
      ]);
      expect(waited).toEqual([results[2].position]);
    });

    it('a commit that fails anywhere writes none of its commands', async () => {
      const batch = new WriteBatch();
      await repository.execute(streams.partnership('p1'), partnershipDecider, register('p1', 'Melton CSP'), { actor: 'u1', batch });
      await repository.execute(streams.partnership('p2'), partnershipDecider, register('p2', 'Oadby CSP'), { actor: 'u1', batch });
      // Someone else creates p2 between deciding and committing: the batch's expectation no longer holds.
      await store.append(streams.partnership('p2'), [renamedTo('Oadby and Wigston CSP')], { expectedRevision: 'no_stream', recordedAt: NOW });
      await expect(repository.commit(batch)).rejects.toThrow(WrongExpectedRevisionError);
      expect((await store.readAll()).map((event) => event.streamId)).toEqual([streams.partnership('p2')]);
    });
  });
});
