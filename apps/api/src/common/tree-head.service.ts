import { type KeyObject, createPublicKey } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleDestroy, Optional } from '@nestjs/common';
import { ConflictError } from '@saferplan/domain';
import { EventTreeLog, type LeafPageReader, TamperedLogError, TreeHeadJournal, TreeHeadSigner, publicKeyText, type EventInclusion, type SignedTreeHead } from '@saferplan/event-store';
import type { WitnessOptions } from '@saferplan/event-store/audit/audit-checks';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { AppConfig } from '@saferplan/config/app-config';
import { APP_CONFIG, AUDIT_SIGNING_KEY, CLOCK, type Clock, EVENT_STORE } from '@saferplan/config/tokens';

/** While events arrive, a head is signed at least this often. */
export const TREE_HEAD_INTERVAL_MS = 60_000;

/**
 * The background catch-up starts this long after start, so the read-model load and the first
 * answers have the CPU to themselves (W6, docs/benchmarks.md); a head or proof asked for sooner
 * catches up at once.
 */
export const FIRST_CATCH_UP_DELAY_MS = 5_000;

/**
 * Where the Merkle log reads the pages of a long catch-up (all but the first): the heavy-read
 * workers in a server (heavy-reads.provider), so the signature check of every event since the
 * last head (about 50 µs an event, tens of seconds at start after a bulk import) is not spent on
 * the request thread. Absent, the log reads them in-thread.
 */
export const AUDIT_LEAF_PAGES = Symbol('AUDIT_LEAF_PAGES');

/**
 * The store's Merkle log and its signed heads: built in the background soon after start (start-up
 * does not wait for it), grown from the events appended since, signed every minute when it grew and
 * at every seal. The public key is logged at start so anyone can check a head.
 *
 * The signer refuses a head over an event the server did not sign (a forged append): that is
 * logged as tampering every time a head falls due, and never fails a write; queries keep
 * answering the last head signed before it.
 */
@Injectable()
export class TreeHeadService implements OnApplicationBootstrap, OnModuleDestroy, OnApplicationShutdown {
  private readonly logger = new Logger('TreeHeads');
  private readonly log: EventTreeLog;
  private readonly signer: TreeHeadSigner;
  private readonly verifyKey: KeyObject;
  readonly publicKey: string;
  private timer: NodeJS.Timeout | null = null;
  private firstCatchUp: NodeJS.Timeout | null = null;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(AUDIT_SIGNING_KEY) key: KeyObject,
    @Optional() @Inject(AUDIT_LEAF_PAGES) readLongPages?: LeafPageReader,
  ) {
    this.verifyKey = createPublicKey(key);
    this.publicKey = publicKeyText(key);
    this.log = new EventTreeLog(store, readLongPages);
    this.signer = new TreeHeadSigner(this.log, key, new TreeHeadJournal(config.dataDir));
  }

  onApplicationBootstrap(): void {
    this.logger.log(`Tree heads and events are signed with Ed25519 public key ${this.publicKey}`);
    this.firstCatchUp = setTimeout(() => void this.signIfGrown(), FIRST_CATCH_UP_DELAY_MS);
    this.firstCatchUp.unref();
    this.timer = setInterval(() => void this.signIfGrown(), TREE_HEAD_INTERVAL_MS);
    this.timer.unref();
  }

  /** Set before the heavy-read workers stop, so a catch-up they cut short is not reported as a failure. */
  onModuleDestroy(): void {
    this.stopping = true;
  }

  onApplicationShutdown(): void {
    if (this.firstCatchUp) clearTimeout(this.firstCatchUp);
    if (this.timer) clearInterval(this.timer);
  }

  /** What verifyAuditTrail needs to check the server's signature on every event since signing began. */
  witnessOptions(): WitnessOptions {
    return { witnessKeys: [this.verifyKey], signedFrom: this.signer.latest?.signedFrom ?? null };
  }

  /** The latest signed head, signing one first when the log grew since (or none was signed yet). */
  async treeHead(): Promise<SignedTreeHead> {
    try {
      return (await this.signer.signIfGrown(this.clock.now())) ?? this.signer.latest!;
    } catch (error) {
      if (!(error instanceof TamperedLogError)) throw error;
      this.reportTampering(error);
      if (this.signer.latest) return this.signer.latest;
      throw refusal(error);
    }
  }

  /** Refuses (CONFLICT) while the log holds an event the server did not sign: before a seal, which must not cover one. */
  async assertUntampered(): Promise<void> {
    const tampered = await this.signer.tampering();
    if (!tampered) return;
    this.reportTampering(tampered);
    throw refusal(tampered);
  }

  /** Signs the head now: at every seal, so the sealed range is covered by a signed head at once. */
  async signNow(): Promise<SignedTreeHead> {
    try {
      return await this.signer.signNow(this.clock.now());
    } catch (error) {
      if (!(error instanceof TamperedLogError)) throw error;
      this.reportTampering(error);
      throw refusal(error);
    }
  }

  /** The inclusion proof of the event at a position, against the latest signed head; null when there is no such event. */
  async eventProof(position: number): Promise<{ head: SignedTreeHead; inclusion: EventInclusion } | null> {
    const head = await this.treeHead();
    const inclusion = this.log.inclusionOf(position, head.treeSize);
    return inclusion ? { head, inclusion } : null;
  }

  private async signIfGrown(): Promise<void> {
    try {
      await this.signer.signIfGrown(this.clock.now());
    } catch (error) {
      if (error instanceof TamperedLogError) this.reportTampering(error);
      else if (this.stopping) this.logger.log('Stopped before the Merkle log caught up: the next start catches up from the last signed head');
      else this.logger.error(`Could not sign a tree head: ${(error as Error).message}`);
    }
  }

  private reportTampering(error: TamperedLogError): void {
    this.logger.error(`TAMPERING DETECTED: ${error.message} Run \`npm run cli -- verify --heads\` against the published heads.`);
  }
}

/** What a caller reads: words, not the error's name. */
function refusal(error: TamperedLogError): ConflictError {
  return new ConflictError(
    `The event log holds an event this server did not write (position ${error.position}, stream ${error.streamId}): no tree head is signed over it until it is investigated`,
  );
}
