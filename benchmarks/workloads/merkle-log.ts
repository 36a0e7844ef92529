import { generateKeyPairSync } from 'node:crypto';
import { EventSigner, EventTreeLog, signTreeHead } from '@saferplan/event-store';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { nowMs, ratePerSecond } from '../lib/measure';

export interface MerkleLogCost {
  /** Appends/s straight to the store. */
  appendsWithout: number;
  /** Appends/s with the log caught up and a head signed every `signEvery` appends (the server does it once a minute). */
  appendsWith: number;
  /** Heads signed per second over the whole store (catch-up already done). */
  headsPerSecond: number;
  /** Inclusion proofs built per second over the whole store. */
  proofsPerSecond: number;
  /** Building the log from the whole store, as a server does in the background at start (ms). */
  buildMs: number;
  events: number;
}

/**
 * W8: what the Merkle log and its signed heads cost. Appends run one at a time on streams of
 * their own, first bare, then with the log following and a head signed every `signEvery`
 * appends: far more often than the once a minute the server signs, so this bounds the cost.
 */
export async function merkleLogCost(store: EventStore, appends: number, signEvery = 100): Promise<MerkleLogCost> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const append = (i: number, run: string) =>
    store.append(`bench-merkle-${run}-${i % 50}`, [{ type: 'QuarterlyUpdateRecorded', data: { percentComplete: i % 100, narrative: 'x'.repeat(120) }, schemaVersion: 1 }], {
      expectedRevision: 'any',
      recordedAt: new Date(),
    });

  const buildStarted = nowMs();
  const log = new EventTreeLog(store);
  await log.catchUp();
  const buildMs = nowMs() - buildStarted;

  let started = nowMs();
  for (let i = 0; i < appends; i++) await append(i, 'bare');
  const appendsWithout = ratePerSecond(appends, nowMs() - started);

  started = nowMs();
  for (let i = 0; i < appends; i++) {
    await append(i, 'logged');
    if ((i + 1) % signEvery === 0) {
      await log.catchUp();
      signTreeHead({ treeSize: log.size, rootHash: log.root(), timestamp: new Date().toISOString() }, privateKey);
    }
  }
  await log.catchUp();
  const appendsWith = ratePerSecond(appends, nowMs() - started);

  const heads = 200;
  started = nowMs();
  for (let i = 0; i < heads; i++) signTreeHead({ treeSize: log.size, rootHash: log.root(), timestamp: new Date().toISOString() }, privateKey);
  const headsPerSecond = ratePerSecond(heads, nowMs() - started);

  const all = await store.readAll({ maxCount: 1000 });
  const proofs = Math.min(50, all.length);
  started = nowMs();
  for (let i = 0; i < proofs; i++) log.inclusionOf(all[(i * 7) % all.length].position);
  const proofsPerSecond = ratePerSecond(proofs, nowMs() - started);

  return { appendsWithout, appendsWith, headsPerSecond, proofsPerSecond, buildMs, events: log.size };
}

export interface SigningCost {
  /** Appends/s to a store that signs nothing. */
  unsigned: number;
  /** Appends/s to the same kind of store signing every event (Ed25519 over its chain hash). */
  signed: number;
}

/**
 * W8 with per-event signatures: the same appends, one at a time, to a fresh store opened without
 * and then with a signer. Each run gets storage of its own: unsigned events in the benchmark's
 * store would rightly be reported as forged by every server started on it afterwards.
 */
export async function signingCost(
  open: (signer: EventSigner | null) => Promise<{ store: EventStore; dispose(): Promise<void> }>,
  appends: number,
): Promise<SigningCost> {
  const run = async (signer: EventSigner | null) => {
    const { store, dispose } = await open(signer);
    try {
      const started = nowMs();
      for (let i = 0; i < appends; i++) {
        await store.append(`bench-signing-${i % 50}`, [{ type: 'QuarterlyUpdateRecorded', data: { percentComplete: i % 100, narrative: 'x'.repeat(120) }, schemaVersion: 1 }], {
          expectedRevision: 'any',
          recordedAt: new Date(),
        });
      }
      return ratePerSecond(appends, nowMs() - started);
    } finally {
      await store.close();
      await dispose();
    }
  };
  const unsigned = await run(null);
  const signed = await run(new EventSigner(generateKeyPairSync('ed25519').privateKey));
  return { unsigned, signed };
}
