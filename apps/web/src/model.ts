/** Shapes of what the queries in queries.ts return. */
export type Rag = 'GREEN' | 'AMBER' | 'RED';
export type ActionStatus = 'NOT_STARTED' | 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETED' | 'CANCELLED';
export type MilestoneStatus = 'PENDING' | 'REACHED' | 'OVERDUE';

export interface Progress {
  actions: number;
  completed: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  notStarted: number;
  milestones: number;
  milestonesReached: number;
  milestonesOverdue: number;
  percentComplete: number;
}

export interface Update {
  quarter: string;
  rag: Rag;
  percentComplete: number;
  narrative: string;
  recordedAt: string;
  recordedBy: string;
  correctionReason: string | null;
}

export interface Milestone {
  id: string;
  title: string;
  dueQuarter: string;
  status: MilestoneStatus;
  reachedOn: string | null;
  evidence?: string | null;
}

export interface Action {
  id: string;
  title: string;
  leadAgency: string;
  leadOfficer: string | null;
  status: ActionStatus;
  percentComplete: number;
  version: number;
  milestones: Milestone[];
  updates: Update[];
}

export interface Priority {
  id: string;
  title: string;
  statutory: boolean;
  alignedTo: Array<{ id: string; title: string }>;
  progress: Progress;
  actions: Action[];
}

export interface Plan {
  id: string;
  financialYear: string;
  title: string;
  version: number;
  priorities: Priority[];
}

export interface Partnership {
  id: string;
  name: string;
  kind: 'COMMUNITY_SAFETY_PARTNERSHIP' | 'COUNTY_STRATEGY_BOARD' | 'POLICE_AND_CRIME_COMMISSIONER';
  plans: Plan[];
}

export interface CountyRow {
  priority: { id: string; title: string };
  progress: Progress;
  aligned: Array<{ partnership: { id: string; name: string }; priority: { id: string; title: string }; progress: Progress }>;
}

export interface ActionDetail extends Action {
  fundingSource: string | null;
  budget: number | null;
  milestones: Milestone[];
  priority: { id: string; title: string; plan: { id: string; financialYear: string; title: string; partnership: { id: string; name: string } } };
}

export interface EventRecord {
  position: string;
  revision: number;
  type: string;
  data: string;
  recordedAt: string;
  actor: string | null;
  actorName: string | null;
}
