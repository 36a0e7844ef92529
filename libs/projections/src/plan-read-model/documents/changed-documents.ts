import { DOCUMENT_KINDS, type ReadModelDocumentKind } from '../read-model-documents';

/**
 * Which documents changed since the last save, per kind in the order they first changed, so the
 * store writes only those. Fed by the projections' Touched reports.
 */
export class ChangedDocuments {
  private readonly ids: Record<ReadModelDocumentKind, Set<string>> = {
    partnership: new Set(),
    plan: new Set(),
    priority: new Set(),
    action: new Set(),
    fundingSource: new Set(),
    indicator: new Set(),
  };

  /** Bound, so projections can be handed it as their Touched. */
  readonly mark = (kind: ReadModelDocumentKind, id: string): void => {
    this.ids[kind].add(id);
  };

  get any(): boolean {
    return DOCUMENT_KINDS.some((kind) => this.ids[kind].size > 0);
  }

  /** Changed keys, parents first (DOCUMENT_KINDS order). */
  *keys(): Generator<{ kind: ReadModelDocumentKind; id: string }> {
    for (const kind of DOCUMENT_KINDS) for (const id of this.ids[kind]) yield { kind, id };
  }

  clear(): void {
    for (const kind of DOCUMENT_KINDS) this.ids[kind].clear();
  }
}
