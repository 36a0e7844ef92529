import { type QuarterSealed, streams } from '@saferplan/domain';
import { type AuditProblem, merkleRoot, verifyAuditTrail } from '@saferplan/event-store';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { AuditTrailOptions } from '@saferplan/event-store/audit/audit-trail';

/** The keys whose signature every event from `signedFrom` on must carry (see verifyAuditTrail). */
export type WitnessOptions = Pick<AuditTrailOptions, 'witnessKeys' | 'signedFrom'>;

export interface SealCheck {
  event: RecordedEvent<QuarterSealed['data']>;
  intact: boolean;
  recomputedRoot: string;
  problems: AuditProblem[];
}

/** The seal of a quarter ("2017/18 Q1"), or null when it was never sealed. */
export async function findSeal(store: EventStore, quarter: string): Promise<RecordedEvent<QuarterSealed['data']> | null> {
  const [seal] = await store.readStream(streams.quarterSeal(quarter), { maxCount: 1 });
  return seal && seal.type === 'QuarterSealed' ? (seal as RecordedEvent<QuarterSealed['data']>) : null;
}

/** Recomputes the root from the log up to the sealed position: any edit, deletion or reordering since changes it. */
export async function checkSeal(store: EventStore, seal: RecordedEvent<QuarterSealed['data']>, witness: WitnessOptions = {}): Promise<SealCheck> {
  const trail = await verifyAuditTrail(store, { ...witness, throughPosition: seal.data.throughPosition });
  const recomputedRoot = merkleRoot(trail.heads);
  const problems = [...trail.problems];
  const intact = trail.ok && recomputedRoot === seal.data.merkleRoot && trail.eventsChecked === seal.data.eventCount;
  if (!intact && problems.length === 0) {
    problems.push({
      streamId: seal.streamId,
      position: seal.position,
      reason: `the log sealed for ${seal.data.quarter} no longer gives its root (sealed ${seal.data.shortRoot}, recomputed ${recomputedRoot.slice(0, 16)}): sealed events were changed, removed or re-hashed`,
    });
  }
  return { event: seal, intact, recomputedRoot, problems };
}

/** Every chain and the server's signature on every event since signing began, then every seal: what `verifyAuditTrail` and the CLI's `verify` report. */
export async function auditEverything(store: EventStore, witness: WitnessOptions = {}): Promise<{ ok: boolean; eventsChecked: number; problems: AuditProblem[] }> {
  const trail = await verifyAuditTrail(store, witness);
  const problems = [...trail.problems];
  for (const seal of await store.readAll({ filter: { type: 'QuarterSealed' } })) {
    if (problems.some((p) => p.streamId === seal.streamId)) continue;
    const check = await checkSeal(store, seal as RecordedEvent<QuarterSealed['data']>, witness);
    // Chain problems are already listed; add only what the seal alone reveals (e.g. a deleted stream tail).
    if (!check.intact && trail.problems.length === 0) problems.push(...check.problems);
  }
  return { ok: problems.length === 0, eventsChecked: trail.eventsChecked, problems };
}
