import { canonicalJson } from '@saferplan/event-store/shared/hash-chain';
import { leicestershire } from '../testing/leicestershire';
import { foldedModel } from '../testing/plan-history';
import type { ActionView } from '../views';
import type { ReadModelDocument } from './read-model-documents';
import { UnreadableDocumentError, decodeDocument, encodeDocument } from './read-model-documents-format';

const roundTrip = (document: ReadModelDocument): ReadModelDocument => decodeDocument(document.kind, document.id, encodeDocument(document));

describe('read-model document format', () => {
  const history = leicestershire();
  history.record('action-a2', {
    type: 'QuarterlyUpdateRecorded',
    data: { actionId: 'a2', quarter: '2017/18 Q3', rag: 'GREEN', percentComplete: 60, narrative: 'Awaiting approval', status: 'SUBMITTED' },
  });
  const documents = foldedModel(history).toDocuments();

  it('gives back every document of a folded history exactly: same JSON, keys in the same order', () => {
    expect(documents.some((d) => d.kind === 'action')).toBe(true);
    for (const document of documents) {
      const back = roundTrip(document);
      expect(back).toEqual({ kind: document.kind, id: document.id, doc: JSON.parse(JSON.stringify(document.doc)) });
      expect(JSON.stringify(back.doc)).toBe(JSON.stringify(document.doc));
    }
  });

  it('keeps a correction with its earlier version, evidence, and an update awaiting approval', () => {
    const a1 = roundTrip(documents.find((d) => d.id === 'a1')!).doc as ActionView;
    expect(a1.updates.find((u) => u.quarter === '2017/18 Q2')).toMatchObject({ rag: 'RED', correctionReason: 'Figures overstated', previousVersions: [{ rag: 'AMBER' }] });
    expect(a1.milestones.find((m) => m.id === 'ms1')).toEqual({ id: 'ms1', actionId: 'a1', title: expect.any(String), dueQuarter: expect.any(String), reachedOn: '2017-06-10', evidence: 'Minutes of 10 June' });
    const a2 = roundTrip(documents.find((d) => d.id === 'a2')!).doc as ActionView;
    expect(a2.updates.find((u) => u.quarter === '2017/18 Q3')).toMatchObject({ status: 'SUBMITTED', narrative: 'Awaiting approval' });
  });

  it('stores the usual milestones and updates as values, and a field it does not know as the object it is', () => {
    const action = structuredClone(documents.find((d) => d.id === 'a1')!) as Extract<ReadModelDocument, { kind: 'action' }>;
    (action.doc.milestones[0] as unknown as Record<string, unknown>).addedLater = 'kept';
    const stored = JSON.parse(encodeDocument(action)) as { milestones: unknown[]; updates: unknown[] };
    expect(stored.milestones[0]).toMatchObject({ id: action.doc.milestones[0].id, addedLater: 'kept' });
    expect(stored.milestones.slice(1).every(Array.isArray)).toBe(true);
    expect(stored.updates.every(Array.isArray)).toBe(true);
    expect(canonicalJson(roundTrip(action).doc)).toBe(canonicalJson(action.doc));
  });

  it('keeps a field left undefined undefined, as JSON does, never null', () => {
    const action = structuredClone(documents.find((d) => d.id === 'a1')!) as Extract<ReadModelDocument, { kind: 'action' }>;
    (action.doc.milestones[0] as { evidence?: string | null }).evidence = undefined;
    const back = roundTrip(action).doc as ActionView;
    expect('evidence' in back.milestones[0]).toBe(false);
  });

  it('is smaller than the documents as JSON', () => {
    const actions = documents.filter((d) => d.kind === 'action');
    const stored = actions.reduce((n, d) => n + encodeDocument(d).length, 0);
    const plain = actions.reduce((n, d) => n + JSON.stringify(d.doc).length, 0);
    expect(stored).toBeLessThan(plain * 0.8);
  });

  it('refuses text this release did not write: broken JSON, another shape, an unknown kind', () => {
    expect(() => decodeDocument('action', 'a1', '{"id":"a1",')).toThrow(UnreadableDocumentError);
    expect(() => decodeDocument('action', 'a1', '{"id":"a1"}')).toThrow('cannot read the stored action "a1": no milestones or updates');
    expect(() => decodeDocument('plan', 'p1', '[1,2]')).toThrow(UnreadableDocumentError);
    expect(() => decodeDocument('board', 'b1', '{}')).toThrow('cannot read the stored board "b1": unknown document kind');
  });
});
