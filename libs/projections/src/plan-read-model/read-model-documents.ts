/**
 * How the plan read model is persisted: one JSON document per partnership, plan, priority and
 * action, each exactly the view the API reads. Orders and cross-references live inside the
 * documents (planIds, priorityIds, actionIds, registeredPosition), so loading needs no events.
 */
import { canonicalJson } from '@saferplan/event-store/shared/hash-chain';
import type { ActionPlanView, ActionView, PartnershipView, PriorityView } from '../views';
import type { FundingSourceView } from '../funding/funding-views';
import type { IndicatorView } from './indicator/indicator-views';

export type ReadModelDocument =
  | { kind: 'partnership'; id: string; doc: PartnershipView }
  | { kind: 'plan'; id: string; doc: ActionPlanView }
  | { kind: 'priority'; id: string; doc: PriorityView }
  | { kind: 'action'; id: string; doc: ActionView }
  | { kind: 'fundingSource'; id: string; doc: FundingSourceView }
  | { kind: 'indicator'; id: string; doc: IndicatorView };

export type ReadModelDocumentKind = ReadModelDocument['kind'];

/** Also the order toDocuments() lists them in: parents before children. */
export const DOCUMENT_KINDS: readonly ReadModelDocumentKind[] = ['partnership', 'plan', 'priority', 'action', 'fundingSource', 'indicator'];

export const isDocumentKind = (kind: string): kind is ReadModelDocumentKind =>
  (DOCUMENT_KINDS as readonly string[]).includes(kind);

export interface DocumentDifference {
  kind: ReadModelDocumentKind;
  id: string;
  /** Which side has the document: 'both' when it exists on both sides with different content. */
  presentIn: 'both' | 'left' | 'right';
  /** For 'both': the top-level fields whose values differ, sorted (what an operator checks first). */
  fields?: string[];
}

/** Identifies a document among all kinds. */
export const documentKey = (document: { kind: ReadModelDocumentKind; id: string }): string => `${document.kind}\n${document.id}`;

/** Every document that is missing on one side or differs between the two sets. */
export function compareDocuments(left: ReadModelDocument[], right: ReadModelDocument[]): DocumentDifference[] {
  const rightByKey = new Map(right.map((document) => [documentKey(document), document]));
  const differences: DocumentDifference[] = [];
  for (const document of left) {
    const key = documentKey(document);
    const other = rightByKey.get(key);
    rightByKey.delete(key);
    if (!other) differences.push({ kind: document.kind, id: document.id, presentIn: 'left' });
    // A walk settles equal documents without serialising them; only a pair it finds different
    // (which may still differ in nothing JSON keeps, such as an undefined field) is serialised,
    // keys sorted, so documents holding the same facts compare equal however their objects were
    // built (folded from events, or parsed back from storage).
    else if (!sameValues(document.doc, other.doc) && canonicalJson(document.doc) !== canonicalJson(other.doc)) {
      differences.push({ kind: document.kind, id: document.id, presentIn: 'both' });
    }
  }
  for (const document of rightByKey.values()) differences.push({ kind: document.kind, id: document.id, presentIn: 'right' });
  return differences;
}

/** The top-level fields of two documents whose values differ, as JSON keeps them; sorted. */
export function differingFields(left: object, right: object): string[] {
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(leftRecord), ...Object.keys(rightRecord)])].sort();
  return keys.filter(
    (key) => !sameValues(leftRecord[key], rightRecord[key]) && canonicalJson(leftRecord[key]) !== canonicalJson(rightRecord[key]),
  );
}

/** True when both are the same JSON value, walked in place (key order does not matter). */
function sameValues(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;
  if (Array.isArray(left)) {
    const other = right as unknown[];
    if (left.length !== other.length) return false;
    for (let i = 0; i < left.length; i++) if (!sameValues(left[i], other[i])) return false;
    return true;
  }
  const leftRecord = left as Record<string, unknown>;
  const rightRecord = right as Record<string, unknown>;
  const keys = Object.keys(leftRecord);
  if (keys.length !== Object.keys(rightRecord).length) return false;
  for (const key of keys) if (!(key in rightRecord) || !sameValues(leftRecord[key], rightRecord[key])) return false;
  return true;
}
