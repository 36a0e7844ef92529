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
  {
    actionId: string;
    quarter: string;
    rag: Rag;
    percentComplete: number;
    narrative: string;
    /** Present when the update waits for a coordinator's approval; absent, it counts at once. */
    status?: 'SUBMITTED';
  }
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
    /** Set when the quarter was already closed: packs show it as changed after the board. */
    afterClose?: true;
  }
>;

/** New words for the action's title and leads; the earlier words stay in the stream. */
export type ActionEdited = DomainEvent<'ActionEdited', { actionId: string; title: string; leadAgency: string; leadOfficer: string | null }>;
/** A coordinator accepted a submitted update: from now on it counts. */
export type QuarterlyUpdateApproved = DomainEvent<'QuarterlyUpdateApproved', { actionId: string; quarter: string }>;

/** A coordinator sent a submitted update back with a comment: it does not count; it may be recorded again. */
export type QuarterlyUpdateReturned = DomainEvent<'QuarterlyUpdateReturned', { actionId: string; quarter: string; comment: string }>;

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
  | ActionEdited
  | QuarterlyUpdateApproved
  | QuarterlyUpdateReturned
  | ActionCompleted
  | ActionCancelled
  | ActionOwnerAssigned;
