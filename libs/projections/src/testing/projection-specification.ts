/**
 * Given / then for a read-side projection: fold the given recorded events through the
 * projection's evolve from its initial view, then check the view.
 *
 *   const given = ProjectionSpecification.for({ initial: initialPartnerships, evolve: evolvePartnerships });
 *   given(history.events).then((view) => expect(view.byId.get('nwl')?.name).toBe('NWL CSP'));
 *
 * Besides folding it checks what a fold relies on: evolve hands back the view it was given (the
 * fold updates views in place), and the given events come out unchanged (a projection never
 * mutates an event: the same objects feed every other view and the store's subscribers).
 * Uses jest's global `expect`, so import it from specs only.
 */
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';

export interface Projection<View> {
  initial: () => View;
  evolve: (view: View, event: RecordedEvent) => View;
}

export interface ProjectionThen<View> {
  /** The view folded from the given events; `check` states what it must hold. */
  then(check: (view: View) => void): void;
}

export const ProjectionSpecification = {
  for<View>(projection: Projection<View>): (events: readonly RecordedEvent[]) => ProjectionThen<View> {
    return (events) => ({
      then(check) {
        const before = JSON.stringify(events);
        let view = projection.initial();
        for (const event of events) {
          const next = projection.evolve(view, event);
          expect(next).toBe(view);
          view = next;
        }
        expect(JSON.stringify(events)).toBe(before);
        check(view);
      },
    });
  },
};
