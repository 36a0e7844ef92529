import { hasQuarterEnded, parseIsoDate, ukDate } from '../shared/financial-year';

/** How a partnership's return for a quarter stands, in the words of the returns tracker. */
export type ReturnState = 'NO_PLAN' | 'NOT_DUE_YET' | 'DUE' | 'IN' | 'LATE' | 'MISSING';

/** One counted action of the plan, as its update for the quarter stands. */
export interface ActionReturnFacts {
  /** When the quarter's update was first recorded, or null when there is none (or it was returned). */
  firstRecordedAt: string | null;
  awaitingApproval: boolean;
}

export interface QuarterReturn {
  state: ReturnState;
  /** Updates expected: one per counted action, once the quarter has ended. */
  due: number;
  received: number;
  /** Received, but first recorded after the deadline's UK day. */
  late: number;
  /** Not received once the deadline's UK day has passed. */
  missing: number;
  awaitingApproval: number;
}

/** A received update was late when the UK day it was first recorded on is after the deadline day. */
export function isLateReturn(firstRecordedAt: string, deadline: string): boolean {
  return ukDate(new Date(firstRecordedAt)) > deadline;
}

/**
 * The one classification of a quarter's return: judged on UK calendar days (Europe/London, so a
 * record at 23:30 UTC on the deadline day in summer is already the next day, and late).
 */
export function quarterReturn(facts: { quarter: string; hasPlan: boolean; deadline: string; asOfDate: string; actions: ActionReturnFacts[] }): QuarterReturn {
  const { quarter, hasPlan, deadline, asOfDate, actions } = facts;
  parseIsoDate(asOfDate, 'asOf');
  const received = actions.filter((action) => action.firstRecordedAt !== null);
  const late = received.filter((action) => isLateReturn(action.firstRecordedAt as string, deadline)).length;
  const awaitingApproval = actions.filter((action) => action.awaitingApproval).length;
  if (!hasPlan) return { state: 'NO_PLAN', due: 0, received: 0, late: 0, missing: 0, awaitingApproval: 0 };
  if (!hasQuarterEnded(quarter, asOfDate)) return { state: 'NOT_DUE_YET', due: 0, received: received.length, late: 0, missing: 0, awaitingApproval };
  const pastDeadline = asOfDate > deadline;
  const outstanding = actions.length - received.length;
  const missing = pastDeadline ? outstanding : 0;
  const state: ReturnState = missing > 0 ? 'MISSING' : outstanding > 0 ? 'DUE' : late > 0 ? 'LATE' : 'IN';
  return { state, due: actions.length, received: received.length, late, missing, awaitingApproval };
}
