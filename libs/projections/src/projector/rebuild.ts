import type { EventStore, RecordedEvent } from '@saferplan/event-store/event-store.port';
import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { type DocumentDifference, type ReadModelDocument, differingFields, documentKey } from '../plan-read-model/read-model-documents';
import type { DocumentKey } from '../read-model-store/read-model-store';

export interface RebuildOptions {
  /** Replace the live and the saved read model with the fresh fold; without it nothing is written. */
  repair?: boolean;
}

export interface RebuildResult {
  /** True when the documents folded from the whole log equal the incremental ones. */
  identical: boolean;
  eventsApplied: number;
  /** Every difference (empty when identical), changed fields named, for the operator to investigate. */
  differences: DocumentDifference[];
  /** True when the differences were written over the read model (only asked for with `repair`). */
  repaired: boolean;
}

/** Names the fields of each document present on both sides that differ (only those are compared again). */
export function withChangedFields(differences: DocumentDifference[], fresh: ReadModelDocument[], live: ReadModelDocument[]): DocumentDifference[] {
  if (!differences.some((d) => d.presentIn === 'both')) return differences;
  const byKey = (documents: ReadModelDocument[]) => new Map(documents.map((document) => [documentKey(document), document]));
  const freshByKey = byKey(fresh);
  const liveByKey = byKey(live);
  return differences.map((difference) => {
    if (difference.presentIn !== 'both') return difference;
    const key = documentKey(difference);
    return { ...difference, fields: differingFields(freshByKey.get(key)!.doc, liveByKey.get(key)!.doc) };
  });
}

/** A fresh model folded from every event of the log up to position `upTo`. */
export async function foldLog(store: EventStore, upTo: number, pageSize: number): Promise<{ model: PlanReadModel; eventsApplied: number }> {
  const model = new PlanReadModel();
  let eventsApplied = 0;
  const readPage = (after: number): Promise<RecordedEvent[]> | null => {
    if (after >= upTo) return null;
    const page = store.readAll({ after, maxCount: pageSize });
    page.catch(() => undefined); // awaited below; not unhandled if a fold throws first
    return page;
  };
  let next = readPage(0);
  while (next) {
    const page = await next;
    if (page.length === 0) break;
    // Ask for the next page before folding this one: a server store reads and sends it meanwhile.
    next = readPage(page[page.length - 1].position);
    for (const event of page) {
      if (event.position > upTo) break;
      model.apply(event);
      eventsApplied++;
    }
  }
  return { model, eventsApplied };
}

/**
 * What turns a store holding the live model into one holding the fresh fold: the fresh
 * documents the live ones disagree with, and the live documents the fold never made.
 */
export function rewriteOf(
  differences: DocumentDifference[],
  fresh: ReadModelDocument[],
): { rewritten: ReadModelDocument[]; remove: DocumentKey[] } {
  const fromFresh = new Map(fresh.map((document) => [documentKey(document), document]));
  return {
    rewritten: differences.filter((d) => d.presentIn !== 'right').map((d) => fromFresh.get(documentKey(d))!),
    remove: differences.filter((d) => d.presentIn === 'right').map(({ kind, id }) => ({ kind, id })),
  };
}
