/**
 * The plan views as stored documents and back: one document per partnership, plan, priority,
 * action and funding source, each exactly the view object (so the stored JSON is the view).
 * Derived indexes (registration order, alignments, actions of a priority) are rebuilt on load.
 */
import { indexActionsOfPriority } from '../action/action.projection';
import { indexIndicator } from '../indicator/indicator.projection';
import { indexAlignment } from '../plan/plan.projection';
import { type PlanViews, initialPlanViews } from '../plan-views';
import type { ReadModelDocument, ReadModelDocumentKind } from '../read-model-documents';
import { SharedStrings } from '../shared-strings';

/** Every document, parents first, then by id: a stable order for storing and comparing. */
export function documentsOf(views: PlanViews): ReadModelDocument[] {
  const byId = <T extends { id: string }>(docs: Iterable<T>): T[] => [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [
    ...byId(views.partnerships.byId.values()).map((doc) => ({ kind: 'partnership' as const, id: doc.id, doc })),
    ...byId(views.plans.plansById.values()).map((doc) => ({ kind: 'plan' as const, id: doc.id, doc })),
    ...byId(views.plans.prioritiesById.values()).map((doc) => ({ kind: 'priority' as const, id: doc.id, doc })),
    ...byId(views.actions.byId.values()).map((doc) => ({ kind: 'action' as const, id: doc.id, doc })),
    ...byId(views.funding.byId.values()).map((doc) => ({ kind: 'fundingSource' as const, id: doc.id, doc })),
    ...byId(views.indicators.byId.values()).map((doc) => ({ kind: 'indicator' as const, id: doc.id, doc })),
  ];
}

export function documentOf(views: PlanViews, kind: ReadModelDocumentKind, id: string): ReadModelDocument | undefined {
  switch (kind) {
    case 'partnership': {
      const doc = views.partnerships.byId.get(id);
      return doc && { kind, id, doc };
    }
    case 'plan': {
      const doc = views.plans.plansById.get(id);
      return doc && { kind, id, doc };
    }
    case 'priority': {
      const doc = views.plans.prioritiesById.get(id);
      return doc && { kind, id, doc };
    }
    case 'action': {
      const doc = views.actions.byId.get(id);
      return doc && { kind, id, doc };
    }
    case 'fundingSource': {
      const doc = views.funding.byId.get(id);
      return doc && { kind, id, doc };
    }
    case 'indicator': {
      const doc = views.indicators.byId.get(id);
      return doc && { kind, id, doc };
    }
  }
}

/** Views holding these documents (as they are: no copies), with their derived indexes rebuilt. */
export function viewsFromDocuments(documents: Iterable<ReadModelDocument>): PlanViews {
  const views = initialPlanViews();
  const strings = new SharedStrings();
  for (const document of documents) load(views, document, strings);
  views.partnerships.inOrder.sort((a, b) => a.registeredPosition - b.registeredPosition);
  for (const priority of views.plans.prioritiesById.values()) indexActionsOfPriority(views.actions, priority);
  return views;
}

function load(views: PlanViews, document: ReadModelDocument, strings: SharedStrings): void {
  switch (document.kind) {
    case 'partnership':
      views.partnerships.byId.set(document.id, document.doc);
      views.partnerships.inOrder.push(document.doc);
      return;
    case 'plan':
      views.plans.plansById.set(document.id, document.doc);
      return;
    case 'priority':
      views.plans.prioritiesById.set(document.id, document.doc);
      for (const target of document.doc.alignedToPriorityIds) indexAlignment(views.plans, document.id, target);
      return;
    case 'action':
      strings.shareAction(document.doc);
      views.actions.byId.set(document.id, document.doc);
      return;
    case 'fundingSource':
      views.funding.byId.set(document.id, document.doc);
      return;
    case 'indicator':
      views.indicators.byId.set(document.id, document.doc);
      indexIndicator(views.indicators, document.doc);
      return;
    default:
      throw new Error(`read model: unknown document kind "${(document as { kind: string }).kind}"`);
  }
}
