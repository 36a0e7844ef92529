import type { DomainCommand } from '../shared/event';
import type { Rag } from './action.events';

export type PlanFacts = {
  planId: string;
  exists: boolean;
  partnershipId: string;
  financialYear: string;
  priorityIds: string[];
};

export type CreateAction = DomainCommand<
  'CreateAction',
  {
    actionId: string;
    plan: PlanFacts;
    priorityId: string;
    title: string;
    leadAgency: string;
    leadOfficer?: string | null;
    fundingSource?: string | null;
    budget?: number | null;
  }
>;

export type ScheduleMilestone = DomainCommand<
  'ScheduleMilestone',
  { actionId: string; milestoneId: string; title: string; dueQuarter: string }
>;

export type ReachMilestone = DomainCommand<
  'ReachMilestone',
  { actionId: string; milestoneId: string; reachedOn: string; evidence?: string | null }
>;

/**
 * Facts from the partnership's reporting calendar the glue looks up: whether the quarter was
 * closed (the UK day, or null) and whether this update waits for a coordinator's approval.
 */
export type ReportingFacts = { closedOn: string | null; needsApproval: boolean };

export type RecordQuarterlyUpdate = DomainCommand<
  'RecordQuarterlyUpdate',
  { actionId: string; quarter: string; rag: Rag; percentComplete: number; narrative: string; reporting?: ReportingFacts }
>;

export type CorrectQuarterlyUpdate = DomainCommand<
  'CorrectQuarterlyUpdate',
  { actionId: string; quarter: string; rag: Rag; percentComplete: number; narrative: string; reason: string; reporting?: ReportingFacts }
>;

export type EditAction = DomainCommand<
  'EditAction',
  { actionId: string; title: string; leadAgency: string; leadOfficer?: string | null }
>;
export type ApproveQuarterlyUpdate = DomainCommand<'ApproveQuarterlyUpdate', { actionId: string; quarter: string }>;

export type ReturnQuarterlyUpdate = DomainCommand<'ReturnQuarterlyUpdate', { actionId: string; quarter: string; comment: string }>;

export type CompleteAction = DomainCommand<'CompleteAction', { actionId: string }>;

export type CancelAction = DomainCommand<'CancelAction', { actionId: string; reason: string }>;

/** The handler has looked up whether the person is recorded (another aggregate). */
export type AssignActionOwner = DomainCommand<'AssignActionOwner', { actionId: string; personId: string; personKnown: boolean }>;

export type ActionCommand =
  | CreateAction
  | ScheduleMilestone
  | ReachMilestone
  | RecordQuarterlyUpdate
  | CorrectQuarterlyUpdate
  | EditAction
  | ApproveQuarterlyUpdate
  | ReturnQuarterlyUpdate
  | CompleteAction
  | CancelAction
  | AssignActionOwner;
