import type { DomainCommand } from '../shared/event';

/** Facts about the plan an indicator is defined on, loaded by the handler from the plan's stream. */
export type IndicatorPlanFacts = {
  planId: string;
  exists: boolean;
  partnershipId: string;
  partnershipKind: string;
  financialYear: string;
  priorityIds: string[];
};

/** Fields arrive as the caller sent them (unknown kinds included): decide checks every one. */
export type DefineIndicator = DomainCommand<
  'DefineIndicator',
  {
    indicatorId: string;
    plan: IndicatorPlanFacts;
    priorityId: string | null;
    name: string;
    unit: string;
    polarity: string;
    baseline: number | null;
    source: string | null;
    amberTolerancePercent: number | null;
    aggregation: string | null;
  }
>;

export type SetIndicatorTarget = DomainCommand<'SetIndicatorTarget', { indicatorId: string; quarter: string; target: number }>;

export type RecordIndicatorValue = DomainCommand<
  'RecordIndicatorValue',
  { indicatorId: string; quarter: string; value: number; note: string | null }
>;

export type CorrectIndicatorValue = DomainCommand<
  'CorrectIndicatorValue',
  { indicatorId: string; quarter: string; value: number; note: string | null; reason: string }
>;

export type IndicatorCommand = DefineIndicator | SetIndicatorTarget | RecordIndicatorValue | CorrectIndicatorValue;
