/**
 * The headline tiles above every overview: actions by status, overdue milestones, late returns
 * and spend against allocation, over exactly the actions the filters leave.
 */
import type { ActionStatus } from '../model';
import type { ActionRow } from './rows';

export interface Allocation {
  actionId: string;
  allocated: number;
  spent: number;
}

export interface Headline {
  actions: number;
  byStatus: Record<ActionStatus, number>;
  milestonesOverdue: number;
  /** Quarterly updates first recorded after their reporting deadline. */
  lateReturns: number;
  allocated: number;
  spent: number;
}

export function headline(rows: ActionRow[], allocations: Allocation[]): Headline {
  const byStatus: Record<ActionStatus, number> = { NOT_STARTED: 0, ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, COMPLETED: 0, CANCELLED: 0 };
  const shown = new Set(rows.map((row) => row.action.id));
  let milestonesOverdue = 0;
  let lateReturns = 0;
  for (const { action } of rows) {
    byStatus[action.status] += 1;
    milestonesOverdue += action.milestones.filter((m) => m.status === 'OVERDUE').length;
    lateReturns += action.updates.filter((u) => u.late).length;
  }
  const money = allocations.filter((a) => shown.has(a.actionId));
  return {
    actions: rows.length,
    byStatus,
    milestonesOverdue,
    lateReturns,
    allocated: money.reduce((sum, a) => sum + a.allocated, 0),
    spent: money.reduce((sum, a) => sum + a.spent, 0),
  };
}

/** "£34,500": whole pounds, as a board reads money. */
export function pounds(amount: number): string {
  return amount.toLocaleString('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0, minimumFractionDigits: 0 });
}
