import { PlanReadModel } from '../plan-read-model/plan-read-model';
import { compareDocuments } from '../plan-read-model/read-model-documents';
import { leicestershire } from '../testing/leicestershire';
import { Provisional } from './provisional';

describe('Provisional: own stored events shown before the log delivers them', () => {
  const history = leicestershire();
  const last = history.recordUpdate('a2', '2017/18 Q2', 'RED', 5);
  const folded = (upTo: number) => {
    const model = new PlanReadModel();
    for (const event of history.events.slice(0, upTo)) model.apply(event);
    return model;
  };

  it('answers from the model itself while nothing is pending', () => {
    const model = folded(history.events.length - 1);
    expect(new Provisional().queries(model, history.events.length - 1)).toBe(model);
  });

  it('shows pending events on a copy, leaving the model as the log made it', () => {
    const behind = history.events.length - 1;
    const model = folded(behind);
    const before = structuredClone(model.toDocuments());
    const provisional = new Provisional();
    provisional.add([last]);

    const shown = provisional.queries(model, behind);
    expect(shown.action('a2')).toMatchObject({ status: 'OFF_TRACK', percentComplete: 5 });
    expect(compareDocuments(model.toDocuments(), before)).toEqual([]);
    expect(model.action('a2')?.percentComplete).not.toBe(5);
    expect(provisional.queries(model, behind)).toBe(shown); // one copy until something moves
  });

  it('drops them once the model has folded them from the log', () => {
    const model = folded(history.events.length - 1);
    const provisional = new Provisional();
    provisional.add([last]);
    provisional.queries(model, history.events.length - 1);
    model.apply(last);
    expect(provisional.queries(model, last.position)).toBe(model);
  });
});
