import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@saferplan/config/app-config';
import type { AuditProblem, LeafPage, LeafPageRequest } from '@saferplan/event-store';
import type { WitnessOptions } from '@saferplan/event-store/audit/audit-checks';
import type { QuarterSealed } from '@saferplan/domain';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '@saferplan/projections';
import { answerHeavyRead, type HeavyRead, type HeavyReadAnswer, type HeavyReadStore } from './heavy-read-jobs';
import { HeavyReadGate, type HeavyReadLimits } from './heavy-read-gate';
import { currentRequest, readerOf } from './heavy-read-requests';
import { HeavyReadWorkers } from './heavy-read-workers';

/** Where a worker opens its own connection to the server's store. */
export function heavyReadStoreOf(config: AppConfig): HeavyReadStore {
  switch (config.eventStore) {
    case 'sqlite':
      return { kind: 'sqlite', dataDir: config.dataDir };
    case 'postgres':
      return { kind: 'postgres', connectionString: config.databaseUrl!, schema: config.databaseSchema };
    case 'kurrentdb':
      return { kind: 'kurrentdb', connectionString: config.kurrentDbConnectionString! };
  }
}

/**
 * The one way to run a heavy read (ADR 0009): admitted per user, then answered by a worker
 * thread so the request thread stays free for writers; with no workers (specs, the CLI) on the
 * request thread from the same store. Either way the same function answers (heavy-read-jobs).
 */
export interface HeavyReadsOptions {
  /** Worker threads; 0 answers on the request thread. */
  workers: number;
  limits: HeavyReadLimits;
  /** Where the workers connect (needed when workers > 0). */
  workerStore: HeavyReadStore | null;
}

export function heavyReadsOptionsOf(config: AppConfig): HeavyReadsOptions {
  return {
    workers: config.heavyReadWorkers,
    limits: { perUser: config.heavyReadsPerUser, queue: config.heavyReadQueue },
    workerStore: heavyReadStoreOf(config),
  };
}

export interface SealVerification {
  seal: RecordedEvent<QuarterSealed['data']>;
  intact: boolean;
  recomputedRoot: string;
  problems: AuditProblem[];
}

/** Witness keys travel to a worker as PEM text. */
function witnessAsData(witness: WitnessOptions): { witnessKeys: string[]; signedFrom: number | null } {
  const witnessKeys = (witness.witnessKeys ?? []).map((key) => key.export({ type: 'spki', format: 'pem' }).toString());
  return { witnessKeys, signedFrom: witness.signedFrom ?? null };
}

/** Limits the CLI has none of: nobody else shares its process. */
const UNLIMITED: HeavyReadLimits = { perUser: Number.MAX_SAFE_INTEGER, queue: Number.MAX_SAFE_INTEGER };

/**
 * The one way to run a heavy read (ADR 0009): admitted per user, then answered by a worker
 * thread so the request thread stays free for writers; with no workers (specs, the CLI) on the
 * request thread from the same store. Either way the same function answers (heavy-read-jobs).
 */
@Injectable()
export class HeavyReads implements OnModuleDestroy {
  private readonly gate: HeavyReadGate;
  private readonly workers: HeavyReadWorkers | null;
  /**
   * The model made from each as-of answer: requests that joined one replay (heavy-read-workers)
   * share one model, so its documents are decoded once and its progress roll-ups made once.
   * Scopes only read it.
   */
  private readonly models = new WeakMap<HeavyReadAnswer, PlanReadModel>();

  constructor(
    private readonly store: EventStore,
    options: HeavyReadsOptions,
  ) {
    this.gate = new HeavyReadGate(options.limits);
    this.workers =
      options.workers > 0 && options.workerStore ? new HeavyReadWorkers(options.workerStore, options.workers) : null;
  }

  /** On the request thread, unlimited unless told: for callers with no server around them (the CLI). */
  static inThread(store: EventStore, limits: HeavyReadLimits = UNLIMITED): HeavyReads {
    return new HeavyReads(store, { workers: 0, limits, workerStore: null });
  }

  /** The read model as recorded at `asOf`: the whole log, or only `streamIds` (see streamsOfPartnerships). */
  async asOf(asOf: Date, streamIds?: readonly string[]): Promise<PlanReadModel> {
    const answer = await this.run({ kind: 'asOf', asOf: asOf.toISOString(), ...(streamIds ? { streamIds } : {}) });
    if (answer.kind !== 'asOf') throw new Error(`heavy read answered ${answer.kind} for asOf`);
    let model = this.models.get(answer);
    if (!model) {
      model = PlanReadModel.fromDocuments(answer.documents);
      this.models.set(answer, model);
    }
    return model;
  }

  async verifyAuditTrail(
    witness: WitnessOptions,
  ): Promise<{ ok: boolean; eventsChecked: number; problems: AuditProblem[] }> {
    const answer = await this.run({ kind: 'verifyAuditTrail', ...witnessAsData(witness) });
    if (answer.kind !== 'verifyAuditTrail') throw new Error(`heavy read answered ${answer.kind} for verifyAuditTrail`);
    return { ok: answer.ok, eventsChecked: answer.eventsChecked, problems: answer.problems };
  }

  /** One quarter's seal checked against the log it covers (checkSeal), or null when it was never sealed. */
  async verifySeal(quarter: string, witness: WitnessOptions): Promise<SealVerification | null> {
    const answer = await this.run({ kind: 'verifySeal', quarter, ...witnessAsData(witness) });
    if (answer.kind !== 'verifySeal') throw new Error(`heavy read answered ${answer.kind} for verifySeal`);
    if (!answer.seal) return null;
    return { seal: answer.seal, intact: answer.intact, recomputedRoot: answer.recomputedRoot!, problems: answer.problems };
  }

  /**
   * One page of the server's own Merkle log catch-up: on a worker like any heavy read, but not
   * admitted per user (no user asked for it) and never refused as busy.
   */
  async leafPage(request: LeafPageRequest): Promise<LeafPage> {
    const read: HeavyRead = { kind: 'leafPage', request };
    const answer = this.workers ? await this.workers.run(read) : await answerHeavyRead(this.store, read);
    if (answer.kind !== 'leafPage') throw new Error(`heavy read answered ${answer.kind} for leafPage`);
    return answer.page;
  }

  async onModuleDestroy(): Promise<void> {
    await this.workers?.close();
  }

  private async run(read: HeavyRead): Promise<HeavyReadAnswer> {
    const request = currentRequest();
    const release = await this.gate.admit(readerOf(request), this.workers?.queued ?? 0, request);
    try {
      return this.workers ? await this.workers.run(read) : await answerHeavyRead(this.store, read);
    } finally {
      release();
    }
  }
}
