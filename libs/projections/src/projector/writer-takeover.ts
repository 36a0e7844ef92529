import type { PlanReadModel } from '../plan-read-model/plan-read-model';
import type { ReadModelStore, StoredReadModel } from '../read-model-store/read-model-store';

/**
 * A projector just got the writer lock: make the stored documents match a model it knows. When
 * the previous writer saved events this one has not folded yet, the stored model is handed back
 * to adopt; when the store is behind, this model is saved whole in place of what it holds.
 */
export async function bringStoreUpTo(readModels: ReadModelStore, model: PlanReadModel, position: number): Promise<StoredReadModel | null> {
  const stored = await readModels.load();
  if (stored.checkpoint > position) return stored;
  if (stored.checkpoint < position) {
    await readModels.save(model.toDocuments(), position, { replaceAll: true, expectedCheckpoint: stored.checkpoint });
    model.markSaved();
  }
  return null;
}
