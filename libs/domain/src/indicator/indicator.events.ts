import type { DomainEvent } from '../shared/event';

/** The kinds of figure an indicator counts in; each is shown with its own words (see UNIT_WORDS). */
export const UNIT_KINDS = ['COUNT', 'PERCENT', 'RATE_PER_1000', 'CURRENCY_GBP', 'DAYS'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Which way is better: fewer crimes (LOWER_IS_BETTER) or more cases closed (HIGHER_IS_BETTER). */
export const POLARITIES = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Polarity = (typeof POLARITIES)[number];

/**
 * How a county board's indicator is made of its districts' indicators of the same name and unit
 * under the district priorities aligned to its priority: their values added up (SUM, for counts
 * such as crimes) or averaged (MEAN, for rates and percentages). Null: the indicator's own values.
 */
export const AGGREGATIONS = ['SUM', 'MEAN'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** What Safer Derbyshire uses: AMBER up to 5% worse than the target. */
export const DEFAULT_AMBER_TOLERANCE_PERCENT = 5;

/**
 * A performance measure on a plan, optionally under one of its priorities, e.g. "All recorded
 * crime" for North West Leicestershire 2017/18. The plan's facts (partnership, year) are copied
 * in so the indicator's stream answers the quarter rule on its own.
 */
export type IndicatorDefined = DomainEvent<
  'IndicatorDefined',
  {
    indicatorId: string;
    planId: string;
    partnershipId: string;
    financialYear: string;
    priorityId: string | null;
    name: string;
    unit: UnitKind;
    polarity: Polarity;
    baseline: number | null;
    source: string | null;
    amberTolerancePercent: number;
    aggregation: Aggregation | null;
  }
>;

/** The target for one quarter; a later one for the same quarter replaces it (history keeps both). */
export type IndicatorTargetSet = DomainEvent<'IndicatorTargetSet', { indicatorId: string; quarter: string; target: number }>;

/** The figure for one quarter, as the analyst reported it. */
export type IndicatorValueRecorded = DomainEvent<
  'IndicatorValueRecorded',
  { indicatorId: string; quarter: string; value: number; note: string | null }
>;

/** A recorded figure put right, with the reason; the first figure stays in history. */
export type IndicatorValueCorrected = DomainEvent<
  'IndicatorValueCorrected',
  { indicatorId: string; quarter: string; value: number; note: string | null; reason: string }
>;

export type IndicatorEvent = IndicatorDefined | IndicatorTargetSet | IndicatorValueRecorded | IndicatorValueCorrected;
