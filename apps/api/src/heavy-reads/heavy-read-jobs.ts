import { createPublicKey } from 'node:crypto';
import { type AuditProblem, type LeafPage, type LeafPageRequest, PostgresEventStore, SqliteEventStore, openEventStore, readLeafPage } from '@saferplan/event-store';
import type { QuarterSealed } from '@saferplan/domain';
import { auditEverything, checkSeal, findSeal } from '@saferplan/event-store/audit/audit-checks';
import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { type ReadModelDocument, readModelAsOf, readModelAsOfStreams } from '@saferplan/projections';

/**
 * A read whose cost grows with the whole store rather than with what it answers, described as
 * plain data so it can be posted to a worker thread. Dates travel as ISO text, keys as PEM.
 */
export type HeavyRead =
  /** "As recorded at" a moment: the whole log, or only the named streams (one partnership's). */
  | { kind: 'asOf'; asOf: string; streamIds?: readonly string[] }
  /** Every hash chain, seal and server signature (verifyAuditTrail). */
  | { kind: 'verifyAuditTrail'; witnessKeys: readonly string[]; signedFrom: number | null }
  /** One quarter's seal against the log it covers (verifySeal); `quarter` as sealed, "2017/18 Q1". */
  | { kind: 'verifySeal'; quarter: string; witnessKeys: readonly string[]; signedFrom: number | null }
  /** One page of the server's Merkle log catch-up, its signatures checked (tree-head.service.ts). */
  | { kind: 'leafPage'; request: LeafPageRequest };

export type HeavyReadAnswer =
  | { kind: 'asOf'; documents: ReadModelDocument[] }
  | { kind: 'verifyAuditTrail'; ok: boolean; eventsChecked: number; problems: AuditProblem[] }
  /** `seal` null when the quarter was never sealed. */
  | { kind: 'verifySeal'; seal: RecordedEvent<QuarterSealed['data']> | null; intact: boolean; recomputedRoot: string | null; problems: AuditProblem[] }
  | { kind: 'leafPage'; page: LeafPage };

/**
 * Answers a heavy read from a store: the one definition both the worker threads and the
 * in-thread path (HEAVY_READ_WORKERS=0, specs) run, so both give the same answers.
 */
export async function answerHeavyRead(store: EventStore, read: HeavyRead): Promise<HeavyReadAnswer> {
  switch (read.kind) {
    case 'asOf': {
      const asOf = new Date(read.asOf);
      const model = read.streamIds
        ? await readModelAsOfStreams(store, read.streamIds, asOf)
        : await readModelAsOf(store, asOf);
      return { kind: 'asOf', documents: model.toDocuments() };
    }
    case 'verifyAuditTrail': {
      const witnessKeys = read.witnessKeys.map((pem) => createPublicKey(pem));
      const result = await auditEverything(store, { witnessKeys, signedFrom: read.signedFrom });
      return { kind: 'verifyAuditTrail', ...result };
    }
    case 'verifySeal': {
      const seal = await findSeal(store, read.quarter);
      if (!seal) return { kind: 'verifySeal', seal: null, intact: false, recomputedRoot: null, problems: [] };
      const check = await checkSeal(store, seal, { witnessKeys: read.witnessKeys.map((pem) => createPublicKey(pem)), signedFrom: read.signedFrom });
      return { kind: 'verifySeal', seal, intact: check.intact, recomputedRoot: check.recomputedRoot, problems: check.problems };
    }
    case 'leafPage':
      return { kind: 'leafPage', page: await readLeafPage(store, read.request) };
  }
}

/** How a worker reaches the store: its own connection, never the request thread's. */
export type HeavyReadStore =
  | { kind: 'sqlite'; dataDir: string }
  | { kind: 'postgres'; connectionString: string; schema?: string }
  | { kind: 'kurrentdb'; connectionString: string };

/**
 * A worker's own connection: SQLite opened read-only (WAL lets it read beside the writer),
 * PostgreSQL a small pool of its own. It never appends, so it carries no signer.
 */
export async function openHeavyReadStore(where: HeavyReadStore): Promise<EventStore> {
  switch (where.kind) {
    case 'sqlite':
      return SqliteEventStore.open({ dataDir: where.dataDir, readOnly: true });
    case 'postgres':
      return PostgresEventStore.connect({
        connectionString: where.connectionString,
        schema: where.schema,
        poolSize: 2,
      });
    case 'kurrentdb':
      return openEventStore({ kind: 'kurrentdb', connectionString: where.connectionString });
  }
}
