/**
 * The stored text of a read-model document. Actions are 97% of a national model's bytes, and most
 * of those are the key names of their milestones and updates, repeated in every element, with each
 * milestone's action id. So an action stores each milestone and update whose keys are exactly the
 * usual ones as an array of their values (its action id implied); anything else (an update
 * awaiting approval, a field added later) keeps its object form, so nothing is ever dropped.
 * A national model's stored text falls from 138 MB to 78 MB, and writing an action takes about a
 * quarter less CPU (docs/adr/0024). Every other kind is stored as its JSON.
 */
import type { ActionView, MilestoneView, QuarterlyUpdateView } from '../views';
import { type ReadModelDocument, isDocumentKind } from './read-model-documents';

type MilestoneValues = [id: string, title: string, dueQuarter: string, reachedOn: string | null, evidence: string | null];
type UpdateValues = [
  quarter: string,
  rag: QuarterlyUpdateView['rag'],
  percentComplete: number,
  narrative: string,
  recordedAt: string,
  recordedBy: string,
  correctionReason: string | null,
  previousVersions: QuarterlyUpdateView['previousVersions'],
];
type StoredAction = Omit<ActionView, 'milestones' | 'updates'> & {
  milestones: Array<MilestoneValues | MilestoneView>;
  updates: Array<UpdateValues | QuarterlyUpdateView>;
};

const MILESTONE_KEYS = 6; // id, actionId, title, dueQuarter, reachedOn, evidence
const UPDATE_KEYS = 8; // quarter ... previousVersions, without status, returnComment or afterClose

/** Thrown for stored text this release cannot read: the store then refolds from the log. */
export class UnreadableDocumentError extends Error {
  constructor(kind: string, id: string, reason: string) {
    super(`read model store: cannot read the stored ${kind} "${id}": ${reason}`);
    this.name = 'UnreadableDocumentError';
  }
}

/** The text a store keeps for a document (JSON; fails on what JSON cannot hold, such as a BigInt). */
export const encodeDocument = (document: ReadModelDocument): string => JSON.stringify(storedFormOf(document));

/** What a store keeps for a document, before it is written as JSON (for stores that send many at once). */
export function storedFormOf(document: ReadModelDocument): object {
  const action = document.doc as Partial<ActionView>;
  if (document.kind !== 'action' || !Array.isArray(action.milestones) || !Array.isArray(action.updates)) return document.doc;
  const stored: Partial<StoredAction> = { ...action, milestones: action.milestones.map((m) => milestoneValues(m, action.id!)), updates: action.updates.map(updateValues) };
  return stored;
}

/** The document a store's text holds; UnreadableDocumentError when it is not one this release wrote. */
export function decodeDocument(kind: string, id: string, text: string): ReadModelDocument {
  if (!isDocumentKind(kind)) throw new UnreadableDocumentError(kind, id, 'unknown document kind');
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new UnreadableDocumentError(kind, id, (error as Error).message);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new UnreadableDocumentError(kind, id, 'not an object');
  if (kind === 'action') return { kind, id, doc: actionOf(doc as StoredAction, id) };
  return { kind, id, doc } as ReadModelDocument;
}

function milestoneValues(milestone: MilestoneView, actionId: string): MilestoneValues | MilestoneView {
  const { id, title, dueQuarter, reachedOn, evidence } = milestone;
  const usual =
    Object.keys(milestone).length === MILESTONE_KEYS &&
    milestone.actionId === actionId &&
    id !== undefined &&
    title !== undefined &&
    dueQuarter !== undefined &&
    reachedOn !== undefined &&
    evidence !== undefined;
  return usual ? [id, title, dueQuarter, reachedOn, evidence] : milestone;
}

function updateValues(update: QuarterlyUpdateView): UpdateValues | QuarterlyUpdateView {
  const { quarter, rag, percentComplete, narrative, recordedAt, recordedBy, correctionReason, previousVersions } = update;
  const values: UpdateValues = [quarter, rag, percentComplete, narrative, recordedAt, recordedBy, correctionReason, previousVersions];
  return Object.keys(update).length === UPDATE_KEYS && !values.includes(undefined as never) ? values : update;
}

function actionOf(stored: StoredAction, id: string): ActionView {
  if (!Array.isArray(stored.milestones) || !Array.isArray(stored.updates)) throw new UnreadableDocumentError('action', id, 'no milestones or updates');
  const action = stored as unknown as ActionView;
  // In place, so the action's own keys keep their order.
  action.milestones = stored.milestones.map((m) =>
    Array.isArray(m) ? { id: m[0], actionId: action.id, title: m[1], dueQuarter: m[2], reachedOn: m[3], evidence: m[4] } : m,
  );
  action.updates = stored.updates.map((u) =>
    Array.isArray(u)
      ? { quarter: u[0], rag: u[1], percentComplete: u[2], narrative: u[3], recordedAt: u[4], recordedBy: u[5], correctionReason: u[6], previousVersions: u[7] }
      : u,
  );
  return action;
}
