import type { PartnershipKind, Rag } from '@saferplan/domain';
import type { DemoStep } from '../demo-step';

/**
 * The shape of the demo's data. Times are written 'YYYY-MM-DD hh:mm' (UTC); names given with `as`
 * are referred to elsewhere in the data by that name. Rag and partnership kinds are the domain's own.
 */
export type { PartnershipKind, Rag };
export type QuarterOfYear = 'Q1' | 'Q2' | 'Q3' | 'Q4';

export interface MilestoneSpec {
  as: string;
  title: string;
  /** A quarter, e.g. '2017/18 Q3'. */
  due: string;
  /** [reachedOn, recorded at, evidence] */
  reached?: [string, string, string];
}

/** A quarterly update of the plan's year: [quarter, recorded at, rag, percent complete, narrative]. */
export type UpdateRow = [QuarterOfYear, string, Rag, number, string];

export interface CorrectionSpec {
  q: QuarterOfYear;
  at: string;
  rag: Rag;
  pct: number;
  narrative: string;
  reason: string;
}

export interface ActionSpec {
  as: string;
  priority: string;
  title: string;
  leadAgency: string;
  leadOfficer?: string | null;
  fundingSource?: string | null;
  budget?: number | null;
  milestones?: MilestoneSpec[];
  updates?: UpdateRow[];
  correction?: CorrectionSpec;
  /** Recorded at. */
  completed?: string;
  cancelled?: { at: string; reason: string };
}

export interface PlanSpec {
  as: string;
  partnership: string;
  title: string;
  actor: string;
  /** When the coordinator starts drafting: plan, priorities, actions and milestones follow a minute apart. */
  draftedFrom: string;
  priorities: Array<{ as: string; title: string; statutory: boolean }>;
  actions: ActionSpec[];
}

/** Steps recorded one after another from `from`, `minutesApart` apart. */
export interface Session<T> {
  actor: string;
  from: string;
  minutesApart: number;
  items: T[];
}

/** A funding source the PCC registers for a partnership, allocated to the open actions naming it. */
export interface FundSpec {
  as: string;
  /** The funding source's name, as the actions' `fundingSource` gives it. */
  source: string;
  recipient: string;
  amount: number;
  /** The plan (by `as`) whose actions it funds. */
  plan: string;
  /** Record each action's spend in proportion to its last reported percent complete. */
  spend: boolean;
}

/**
 * A performance indicator on a plan (by `as`), defined by the plan's actor at `defined`; its
 * quarter targets follow a minute apart, values at their own times (after each quarter ends).
 */
export interface IndicatorSpec {
  as: string;
  plan: string;
  /** The priority (by `as`), or null for a plan-wide indicator. */
  priority: string | null;
  name: string;
  unit: 'COUNT' | 'PERCENT' | 'RATE_PER_1000' | 'CURRENCY_GBP' | 'DAYS';
  polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  baseline: number | null;
  source: string;
  amberTolerancePercent?: number;
  /** A county board's roll-up of its districts' indicator of the same name and unit. */
  aggregation?: 'SUM' | 'MEAN';
  defined: string;
  targets: Array<[QuarterOfYear, number]>;
  /** [quarter, recorded at, value, note] */
  values?: Array<[QuarterOfYear, string, number, string | null]>;
  correction?: { q: QuarterOfYear; at: string; value: number; reason: string };
}

/** A step written out in full, recorded at 'YYYY-MM-DD hh:mm'. */
export interface PlainStep extends Omit<DemoStep, 'at'> {
  at: string;
}

export interface DemoData {
  financialYear: string;
  /** The partnerships: [as, name, kind]. */
  registration: Session<[string, string, PartnershipKind]>;
  plans: PlanSpec[];
  /** District priorities aligned to county and PCC priorities: [priority, aligned to]. */
  alignment: Session<[string, string]>;
  /** The funder (by `as`) records a step a minute from `from`; spend is recorded by the plan's actor. */
  funding: { actor: string; funder: string; from: string; funds: FundSpec[] };
  /** Performance indicators beside the plans' actions (data/indicators.ts). */
  indicators?: IndicatorSpec[];
  /** Replayed after the 2017/18 story, in the order given. */
  structureChanges: PlainStep[];
  /** People and their roles, replayed last (data/people.ts). */
  people?: PlainStep[];
}
