import type { Aggregation, Polarity, UnitKind } from '@saferplan/domain/indicator/indicator.events';

/** One version of a quarter's value: the current one, or one a correction replaced. */
export interface IndicatorValueVersion {
  value: number;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  /** Set when this version corrected an earlier one. */
  correctionReason: string | null;
}

/** A quarter that has a target, a value, or both; value fields are null until a value is recorded. */
export interface IndicatorQuarterView {
  quarter: string; // "2017/18 Q1"
  target: number | null;
  value: number | null;
  note: string | null;
  recordedAt: string | null;
  recordedBy: string | null;
  correctionReason: string | null;
  /** Versions replaced by corrections, oldest first (kept for audit). */
  previousValues: IndicatorValueVersion[];
}

export interface IndicatorView {
  id: string;
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
  /** A county board's roll-up of its districts' indicator of the same name and unit; null: own values. */
  aggregation: Aggregation | null;
  quarters: IndicatorQuarterView[]; // in quarter order
  version: number; // events in the indicator's stream
  /** Global position of the definition: indicators are listed in this order. */
  definedPosition: number;
}

export interface IndicatorQueries {
  /** The indicator as stored; for a county roll-up its quarters hold only its own targets. */
  indicator(id: string): IndicatorView | undefined;
  /** A partnership's indicators (or everyone's), definition order. */
  indicators(filter: { partnershipId?: string; financialYear?: string; priorityId?: string }): IndicatorView[];
  /** The quarters a reader sees: a roll-up's values worked out from its districts' indicators. */
  indicatorQuarters(indicator: IndicatorView): IndicatorQuarterView[];
  /** The district indicators a county roll-up is made of (empty for any other indicator). */
  indicatorDistricts(indicator: IndicatorView): IndicatorView[];
}
