import type { DomainEvent } from '../shared/event';

export type Rag = 'GREEN' | 'AMBER' | 'RED';
export const RAGS: readonly Rag[] = ['GREEN', 'AMBER', 'RED'];

export type ActionCreated = DomainEvent<
  'ActionCreated',
  {
    actionId: string;
    planId: string;
    partnershipId: string;
    priorityId: string;
    financialYear: string; // the plan's year: updates must report on one of its quarters
    title: string;
    leadAgency: string;
    leadOfficer: string | null;
    fundingSource?: string | null;
    budget?: number | null; // pounds, at most 2 decimal places; null when not given
  }
>;

export type MilestoneScheduled = DomainEvent<
  'MilestoneScheduled',
  { actionId: string; milestoneId: string; title: string; dueQuarter: string } // "2017/18 Q3"
>;

export type MilestoneReached = DomainEvent<
  'MilestoneReached',
  { actionId: string; milestoneId: string; reachedOn: string; evidence: string | null } // YYYY-MM-DD
>;

export type QuarterlyUpdateRecorded = DomainEvent<
  'QuarterlyUpdateRecorded',
  { actionId: string; quarter: string; rag: Rag; percentComplete: number; narrative: string }
>;

/** Replaces the figures of an earlier update for the same quarter; the original stays in the stream. */
export type QuarterlyUpdateCorrected = DomainEvent<
  'QuarterlyUpdateCorrected',
  {
    actionId: string;
    quarter: string;
    rag: Rag;
    percentComplete: number;
    narrative: string;
    reason: string;
  }
>;

export type ActionCompleted = DomainEvent<'ActionCompleted', { actionId: string }>;

export type ActionCancelled = DomainEvent<'ActionCancelled', { actionId: string; reason: string }>;

/** The person answerable for the action from now on (issue 16); the leadOfficer text stays. */
export type ActionOwnerAssigned = DomainEvent<'ActionOwnerAssigned', { actionId: string; personId: string }>;

export type ActionEvent =
  | ActionCreated
  | MilestoneScheduled
  | MilestoneReached
  | QuarterlyUpdateRecorded
  | QuarterlyUpdateCorrected
  | ActionCompleted
  | ActionCancelled
  | ActionOwnerAssigned;
