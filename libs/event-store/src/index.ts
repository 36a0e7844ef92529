export * from './event-store.port';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
// The KurrentDB adapter (and its gRPC client) is loaded by openEventStore only when chosen:
// import it from '@saferplan/event-store/kurrentdb/kurrentdb-event-store'.
export type { KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export { openEventStore, type EventStoreConfig } from './open-event-store';
// The contract suite (./contract/event-store.contract) is test-only: import it by path.
export { type AuditProblem, type AuditVerification, type StreamHead, verifyAuditTrail } from './audit/audit-trail';
export { merkleRoot, shortRoot } from './audit/merkle';
export { canonicalJson, eventHash } from './shared/hash-chain';
