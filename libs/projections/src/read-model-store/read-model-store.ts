import type { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { ReadModelDocument, ReadModelDocumentKind } from '../plan-read-model/read-model-documents';

export interface DocumentKey {
  kind: ReadModelDocumentKind;
  id: string;
}

export interface StoredReadModel {
  /** Position of the last event folded into the stored documents; 0 when nothing is stored. */
  checkpoint: number;
  model: PlanReadModel;
}

/**
 * Where the checkpointed plan read model lives between runs. Documents and checkpoint always move
 * together in one transaction, so a crash can never leave documents ahead of or behind the
 * checkpoint: on restart the projector resumes exactly after the last saved event.
 */
export interface ReadModelStore {
  load(): Promise<StoredReadModel>;
  /**
   * Upserts these documents (normally PlanReadModel.changedDocuments()) and sets the checkpoint,
   * in one transaction. With `replaceAll` every stored document is dropped first (a rebuild);
   * `remove` drops just the documents it names (a rebuild that rewrites only what differs).
   * With `expectedCheckpoint` the save is a compare-and-set: it fails with CheckpointConflictError,
   * writing nothing, unless the stored checkpoint (0 when none) is still that position.
   */
  save(documents: ReadModelDocument[], checkpoint: number, options?: SaveOptions): Promise<void>;
  /** Forgets every document and the checkpoint: the next load starts from an empty model at 0. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export interface SaveOptions {
  replaceAll?: boolean;
  remove?: readonly DocumentKey[];
  expectedCheckpoint?: number;
}

/**
 * Another writer moved the stored checkpoint since this one last loaded or saved it (a projector
 * that lost its writer lock without noticing). Nothing was written; the projector reloads.
 */
export class CheckpointConflictError extends Error {
  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`read model checkpoint is ${actual}, not the expected ${expected}: another projector saved in between`);
    this.name = 'CheckpointConflictError';
  }
}

/**
 * Names the stored checkpoint. Bump the version whenever the document shape changes: a store
 * holding another version's checkpoint loads as empty, and the projector refolds the log. v2:
 * actions keep their milestones and updates as arrays of values (read-model-documents-format.ts).
 */
export const PLAN_READ_MODEL_PROJECTION = 'plan-read-model/v2';
