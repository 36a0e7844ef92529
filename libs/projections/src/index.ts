/**
 * The read side: the plan read model (views and progress figures), its checkpointed projector,
 * its persistence, and as-of replays. Test helpers live in ./testing and are imported by path.
 */
export * from './views';
export {
  STATUS_OF_RAG,
  type ActionLifecycle,
  type QuarterEnded,
  ProgressTally,
  actionFigures,
  emptyProgress,
  milestoneStatus,
  progressOf,
  quarterEndedOn,
} from './plan-read-model/progress';
export { PlanReadModel } from './plan-read-model/plan-read-model';
export { isKeptAnswer } from './plan-read-model/progress-answers';
export { type ActionViewAtQuarterEnd, actionAtQuarter } from './plan-read-model/quarter-end';
export {
  DOCUMENT_KINDS,
  type DocumentDifference,
  type ReadModelDocument,
  type ReadModelDocumentKind,
  compareDocuments,
} from './plan-read-model/read-model-documents';
export {
  CheckpointConflictError,
  PLAN_READ_MODEL_PROJECTION,
  type ReadModelStore,
  type SaveOptions,
  type StoredReadModel,
} from './read-model-store/read-model-store';
export { SqliteReadModelStore } from './read-model-store/sqlite-read-model-store';
export { PostgresReadModelStore, type PostgresReadModelStoreOptions } from './read-model-store/postgres-read-model-store';
export { PlanProjector, type PlanProjectorOptions, ReadModelLagError, type RebuildOptions, type RebuildResult } from './projector/projector';
export type { ProjectorWriterLock } from './projector/writer-lock';
export { ADVISORY_LOCK_HOLDERS_SQL, PostgresWriterLock, type PostgresWriterLockOptions, planProjectorLockName } from './projector/postgres-writer-lock';
export { readModelAsOf } from './as-of/as-of';
export { readModelAsOfPartnerships, readModelAsOfStreams, streamsOfPartnerships } from './as-of/partnership-as-of';
export { type QuarterSeals, type SealMark, isAfterSeal, isEventAfterSeal, quartersReportedIn, readModelAtSeal, readQuarterSeals, sealMarkOf } from './as-of/at-seal';
export * from './reporting/reporting-calendar.view';
export * from './reminders-ledger/reminders-ledger.projection';
export * from './reminders-ledger/reminder-preferences.projection';
export { CheckpointedReminderViews, type RemindersViews } from './reminders-ledger/reminder-views';
