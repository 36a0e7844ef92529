import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { EventTreeLog, TreeHeadJournal, TreeHeadSigner, loadSigningKey, publicKeyText, type EventInclusion, type SignedTreeHead } from '@saferplan/event-store';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { AppConfig } from '@saferplan/config/app-config';
import { APP_CONFIG, CLOCK, type Clock, EVENT_STORE } from '@saferplan/config/tokens';

/** While events arrive, a head is signed at least this often. */
export const TREE_HEAD_INTERVAL_MS = 60_000;

/**
 * The store's Merkle log and its signed heads: built in the background at start (start-up does
 * not wait for it), grown from the events appended since, signed every minute when it grew and
 * at every seal. The public key is logged at start so anyone can check a head.
 */
@Injectable()
export class TreeHeadService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('TreeHeads');
  private readonly log: EventTreeLog;
  private readonly signer: TreeHeadSigner;
  readonly publicKey: string;
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) private readonly clock: Clock) {
    // loadConfig already refuses a production start without AUDIT_SIGNING_KEY_FILE.
    const key = loadSigningKey({ keyFile: config.auditSigningKeyFile, dataDir: config.dataDir, production: false });
    this.publicKey = publicKeyText(key);
    this.log = new EventTreeLog(store);
    this.signer = new TreeHeadSigner(this.log, key, new TreeHeadJournal(config.dataDir));
  }

  onApplicationBootstrap(): void {
    this.logger.log(`Tree heads are signed with Ed25519 public key ${this.publicKey}`);
    void this.signIfGrown();
    this.timer = setInterval(() => void this.signIfGrown(), TREE_HEAD_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** The latest signed head, signing one first when the log grew since (or none was signed yet). */
  async treeHead(): Promise<SignedTreeHead> {
    return (await this.signer.signIfGrown(this.clock.now())) ?? this.signer.latest!;
  }

  /** Signs the head now: at every seal, so the sealed range is covered by a signed head at once. */
  signNow(): Promise<SignedTreeHead> {
    return this.signer.signNow(this.clock.now());
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
      this.logger.error(`Could not sign a tree head: ${(error as Error).message}`);
    }
  }
}
