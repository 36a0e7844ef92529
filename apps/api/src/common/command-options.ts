import type { WriteBatch } from './write-batch';

/**
 * What travels with every command besides its data: who asks, how to retry safely, and which
 * version the caller last saw. Built from the GraphQL input and request once, in the resolver.
 */
export interface CommandOptions {
  /** Stable id of who acts (a token's `sub`). */
  actor: string;
  /** Their display name (a token's `name`), recorded beside the id. */
  actorName?: string | null;
  /**
   * Their roles and partnerships (a token's claims), for rules that depend on who writes, e.g.
   * whether an update waits for approval. Absent for the demo loader, imports and the CLI.
   */
  caller?: { roles: readonly string[]; partnerships: readonly string[] } | null;
  /** Idempotency key from the client: a retry with the same id records nothing new. */
  commandId?: string | null;
  /** Version of the written aggregate the caller last saw; stale -> CONFLICT, nothing written. */
  expectedVersion?: number | null;
  correlationId?: string | null;
  /** The caller's input, hashed into the command's fingerprint so a commandId stays bound to it. */
  input?: unknown;
  /** Only the demo loader and imports of dated history set this; the API always uses the clock. */
  recordedAt?: Date;
  /** When given, the command joins this batch, written all or nothing by AggregateRepository.commit. */
  batch?: WriteBatch;
}
