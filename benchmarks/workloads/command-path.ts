import { actionDecider, streams } from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store';
import { AggregateRepository } from '../../apps/api/src/common/aggregate-repository';
import type { CommandWriter } from '../../apps/api/src/common/command-writer';
import { scheduleMilestone } from '../../apps/api/src/actions/schedule-milestone/schedule-milestone.command';
import { nowMs, percentile, ratePerSecond } from '../lib/measure';

/** W1: one writer, in-process: load, decide, append (and wait for the read model), events/s. */
export async function singleWriterCommands(writer: CommandWriter, actionIds: string[], commands: number): Promise<number> {
  const started = nowMs();
  for (let i = 0; i < commands; i++) {
    const actionId = actionIds[i % actionIds.length];
    await scheduleMilestone(writer, { actionId, title: `W1 milestone ${i}`, dueQuarter: '2030/31 Q1' }, { actor: 'bench-w1' });
  }
  return ratePerSecond(commands, nowMs() - started);
}

/**
 * W3: loading an aggregate of n events through the repository (read + evolve) against a raw SQL
 * select + JSON.parse of the same rows, in loads/s. Streams are written straight to the store to set them up.
 */
export async function aggregateLoads(
  store: EventStore,
  freshRepository: () => AggregateRepository,
  size: number,
  loads: number,
  rawRead: (streamId: string) => Promise<unknown> | unknown,
): Promise<{ repository: number; raw: number }> {
  const actionId = `bench-w3-${size}-${Date.now()}`;
  const streamId = streams.action(actionId);
  const created = { type: 'ActionCreated', schemaVersion: 1, data: { actionId, planId: 'p', partnershipId: 'x', priorityId: 'q', financialYear: '2017/18', title: 'W3', leadAgency: 'Police', leadOfficer: null } };
  const milestones = Array.from({ length: size - 1 }, (_, m) => ({ type: 'MilestoneScheduled', schemaVersion: 1, data: { actionId, milestoneId: `m${m}`, title: `M${m}`, dueQuarter: '2017/18 Q2' } }));
  await store.append(streamId, [created, ...milestones], { expectedRevision: 'no_stream', recordedAt: new Date() });

  let started = nowMs();
  for (let i = 0; i < loads; i++) await rawRead(streamId);
  const raw = ratePerSecond(loads, nowMs() - started);
  started = nowMs();
  for (let i = 0; i < loads; i++) await freshRepository().load(streamId, actionDecider);
  const repository = ratePerSecond(loads, nowMs() - started);
  return { repository, raw };
}

/** W4: from append resolving to the read model having applied it, p99 in ms. */
export async function projectionLag(store: EventStore, checkpoint: () => number, samples: number): Promise<number> {
  const lags: number[] = [];
  for (let i = 0; i < samples; i++) {
    const actionId = `bench-w4-${Date.now()}-${i}`;
    const result = await store.append(
      streams.action(actionId),
      [{ type: 'ActionCreated', schemaVersion: 1, data: { actionId, planId: 'p', partnershipId: 'x', priorityId: 'q', financialYear: '2017/18', title: 'W4', leadAgency: 'Police', leadOfficer: null } }],
      { expectedRevision: 'no_stream', recordedAt: new Date() },
    );
    const appended = nowMs();
    while (checkpoint() < result.position) await new Promise((resolve) => setImmediate(resolve));
    lags.push(nowMs() - appended);
  }
  return percentile(lags, 99);
}
