import type { EventStore } from '@saferplan/event-store/event-store.port';
import { PlanHistory, newEventOf } from '@saferplan/projections/testing/plan-history';

export interface LargeHistoryShape {
  partnerships: number;
  actionsPerPartnership: number;
  /** Quarterly updates (and corrections of them) recorded on each action. */
  updatesPerAction: number;
}

/**
 * A store made large quickly: partnerships with one plan each, actions and many quarterly
 * updates, appended straight to the store in big all-or-nothing batches (not through the
 * commands, which would take minutes) so heavy reads have a whole log worth replaying.
 * Returns the last position and the partnership ids.
 */
export async function seedLargeHistory(
  store: EventStore,
  shape: LargeHistoryShape,
): Promise<{ head: number; partnershipIds: string[]; actionIds: string[] }> {
  const history = new PlanHistory('2017-04-03T09:00:00.000Z');
  const partnershipIds: string[] = [];
  const actionIds: string[] = [];
  const quarters = ['2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2017/18 Q4'];
  for (let p = 0; p < shape.partnerships; p++) {
    const partnershipId = `large-csp-${p}`;
    const planId = `large-plan-${p}`;
    const priorityId = `large-priority-${p}`;
    partnershipIds.push(partnershipId);
    history.registerPartnership(partnershipId, `Large CSP ${p}`);
    history.createPlan(planId, partnershipId, '2017/18');
    history.addPriority(planId, priorityId, `Priority ${p}`);
    for (let a = 0; a < shape.actionsPerPartnership; a++) {
      const actionId = `large-action-${p}-${a}`;
      actionIds.push(actionId);
      history.createAction(actionId, { planId, partnershipId, priorityId, financialYear: '2017/18' });
      for (let u = 0; u < shape.updatesPerAction; u++) {
        history.recordUpdate(
          actionId,
          quarters[u % quarters.length],
          u % 3 === 0 ? 'AMBER' : 'GREEN',
          Math.min(100, 10 + u),
          `Update ${u} on the action's progress this quarter`,
        );
      }
    }
  }
  let head = 0;
  const batch = 1000;
  for (let start = 0; start < history.events.length; start += batch) {
    const appends = history.events.slice(start, start + batch).map((event) => ({
      streamId: event.streamId,
      events: [newEventOf(event)],
      options: {
        expectedRevision: 'any' as const,
        recordedAt: new Date(event.metadata.recordedAt),
        actor: event.metadata.actor,
      },
    }));
    const results = await store.appendAll(appends);
    head = results[results.length - 1].position;
  }
  return { head, partnershipIds, actionIds };
}
