export * from './event-store.port';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store';
// The KurrentDB adapter (and its gRPC client) is loaded by openEventStore only when chosen:
// import it from '@saferplan/event-store/kurrentdb/kurrentdb-event-store'.
export type { KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
export { openEventStore, type EventStoreConfig } from './open-event-store';
// The contract suite (./contract/event-store.contract) is test-only: import it by path.
export { type AuditProblem, type AuditTrailOptions, type AuditVerification, type StreamHead, verifyAuditTrail } from './audit/audit-trail';
export { merkleRoot, shortRoot } from './audit/merkle';
export { canonicalJson, eventHash } from './shared/hash-chain';
export { EMPTY_ROOT, consistencyProof, inclusionProof, leafHash, verifyConsistency, verifyInclusion } from './audit/merkle-log';
export { LEAF_SCHEME, eventLeafHash } from './audit/event-leaf';
export { type SignedTreeHead, type TreeHead, isTreeHeadSigned, parseHeadsJsonl, publicKeyFromText, publicKeyText, signTreeHead } from './audit/tree-head';
export { SigningKeyError, loadSigningKey } from './audit/signing-key';
export { TreeHeadJournal } from './audit/tree-head-journal';
export { type EventInclusion, EventTreeLog, type LeafPageReader } from './audit/tree-log';
export { type LeafPage, type LeafPageRequest, type WitnessRule, readLeafPage } from './audit/leaf-page';
export { type HeadProblem, type HeadsVerification, verifyAgainstHeads } from './audit/verify-heads';
export { TamperedLogError, TreeHeadSigner } from './audit/tree-head-signer';
export { EventSigner, WitnessCheck, witnessProblem } from './audit/event-witness';
