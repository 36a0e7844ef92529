import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { financialYearOfQuarter, parseQuarter } from '../shared/financial-year';
import { optionalText, requireText, TEXT_LIMITS } from '../shared/text';
import type { CorrectIndicatorValue, DefineIndicator, IndicatorCommand, RecordIndicatorValue, SetIndicatorTarget } from './indicator.commands';
import {
  AGGREGATIONS,
  type Aggregation,
  DEFAULT_AMBER_TOLERANCE_PERCENT,
  type IndicatorEvent,
  POLARITIES,
  type Polarity,
  UNIT_KINDS,
  type UnitKind,
} from './indicator.events';

export const INDICATOR_TEXT_LIMITS = { name: 300, source: 300, note: 2000 } as const;

/** Only a county board's indicator rolls up its districts' (their priorities align to its own). */
const AGGREGATING_KIND = 'COUNTY_STRATEGY_BOARD';

export type IndicatorState = {
  exists: boolean;
  financialYear: string | null;
  aggregation: Aggregation | null;
  valueQuarters: string[]; // quarters that already have a value
};

type ExistingIndicator = IndicatorState & { exists: true; financialYear: string };

const oneOf = <T extends string>(kinds: readonly T[], value: unknown, field: string): T => {
  if (!(kinds as readonly unknown[]).includes(value)) throw new InvalidInputError(field, `${field} must be one of ${kinds.join(', ')}`);
  return value as T;
};

/** Any finite number (a figure may be negative, e.g. a change on last year). */
export function figureOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidInputError(field, `${field} must be a finite number`);
  if (Math.abs(value) > 1e12) throw new InvalidInputError(field, `${field} must be between -1,000,000,000,000 and 1,000,000,000,000`);
  return value;
}

function toleranceOf(value: unknown): number {
  if (value === null || value === undefined) return DEFAULT_AMBER_TOLERANCE_PERCENT;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    throw new InvalidInputError('amberTolerancePercent', 'amberTolerancePercent must be a number from 0 to 100');
  }
  return value;
}

function existing(state: IndicatorState, indicatorId: string): ExistingIndicator {
  if (!state.exists || state.financialYear === null) throw new NotFoundError('Indicator', indicatorId);
  return state as ExistingIndicator;
}

function quarterOfYear(text: string, indicator: ExistingIndicator): string {
  const quarter = parseQuarter(text, 'quarter');
  if (financialYearOfQuarter(quarter) !== indicator.financialYear) {
    throw new InvalidInputError(
      'quarter',
      `quarter ${quarter} is not a quarter of this indicator's plan year ${indicator.financialYear}: ` +
        `use ${indicator.financialYear} Q1 to Q4`,
    );
  }
  return quarter;
}

function define(command: DefineIndicator, state: IndicatorState): IndicatorEvent[] {
  const { indicatorId, plan, priorityId } = command.data;
  const name = requireText(command.data.name, 'name', INDICATOR_TEXT_LIMITS.name);
  const unit = oneOf<UnitKind>(UNIT_KINDS, command.data.unit, 'unit');
  const polarity = oneOf<Polarity>(POLARITIES, command.data.polarity, 'polarity');
  const baseline = command.data.baseline === null || command.data.baseline === undefined ? null : figureOf(command.data.baseline, 'baseline');
  const source = optionalText(command.data.source, 'source', INDICATOR_TEXT_LIMITS.source);
  const amberTolerancePercent = toleranceOf(command.data.amberTolerancePercent);
  const aggregation = command.data.aggregation == null ? null : oneOf<Aggregation>(AGGREGATIONS, command.data.aggregation, 'aggregation');
  if (!plan.exists) throw new NotFoundError('ActionPlan', plan.planId);
  if (priorityId !== null && !plan.priorityIds.includes(priorityId)) throw new NotFoundError('Priority', priorityId);
  if (aggregation !== null && (plan.partnershipKind !== AGGREGATING_KIND || priorityId === null)) {
    throw new InvalidInputError(
      'aggregation',
      "aggregation is for a county strategy board's indicator under one of its priorities: it rolls up the districts' indicators aligned to it",
    );
  }
  if (state.exists) throw new ConflictError(`Indicator ${indicatorId} already exists`);
  return [
    {
      type: 'IndicatorDefined',
      data: {
        indicatorId,
        planId: plan.planId,
        partnershipId: plan.partnershipId,
        financialYear: plan.financialYear,
        priorityId,
        name,
        unit,
        polarity,
        baseline,
        source,
        amberTolerancePercent,
        aggregation,
      },
    },
  ];
}

function setTarget(command: SetIndicatorTarget, state: IndicatorState): IndicatorEvent[] {
  const indicator = existing(state, command.data.indicatorId);
  const quarter = quarterOfYear(command.data.quarter, indicator);
  const target = figureOf(command.data.target, 'target');
  return [{ type: 'IndicatorTargetSet', data: { indicatorId: command.data.indicatorId, quarter, target } }];
}

type ValueFigures = { quarter: string; value: number; note: string | null };

/** What recording and correcting share: the indicator holds its own values, in its year. */
function valueFigures(data: ValueFigures & { indicatorId: string }, indicator: ExistingIndicator): ValueFigures {
  if (indicator.aggregation !== null) {
    throw new ConflictError(
      `Indicator ${data.indicatorId} adds up its districts' values (${indicator.aggregation}): record them on the districts' indicators`,
    );
  }
  const quarter = quarterOfYear(data.quarter, indicator);
  const value = figureOf(data.value, 'value');
  const note = optionalText(data.note, 'note', INDICATOR_TEXT_LIMITS.note);
  return { quarter, value, note };
}

function recordValue(command: RecordIndicatorValue, state: IndicatorState): IndicatorEvent[] {
  const { indicatorId } = command.data;
  const indicator = existing(state, indicatorId);
  const figures = valueFigures(command.data, indicator);
  if (indicator.valueQuarters.includes(figures.quarter)) {
    throw new ConflictError(
      `A value for ${figures.quarter} is already recorded on indicator ${indicatorId}: use correctIndicatorValue with a reason to change it`,
      'quarter',
    );
  }
  return [{ type: 'IndicatorValueRecorded', data: { indicatorId, ...figures } }];
}

function correctValue(command: CorrectIndicatorValue, state: IndicatorState): IndicatorEvent[] {
  const { indicatorId } = command.data;
  const indicator = existing(state, indicatorId);
  const figures = valueFigures(command.data, indicator);
  const reason = requireText(command.data.reason, 'reason', TEXT_LIMITS.reason);
  if (!indicator.valueQuarters.includes(figures.quarter)) {
    throw new InvalidInputError('quarter', `no value has been recorded for ${figures.quarter} yet: record it first`);
  }
  return [{ type: 'IndicatorValueCorrected', data: { indicatorId, ...figures, reason } }];
}

export const indicatorDecider: Decider<IndicatorState, IndicatorCommand, IndicatorEvent> = {
  initialState: () => ({ exists: false, financialYear: null, aggregation: null, valueQuarters: [] }),

  decide(command, state) {
    switch (command.type) {
      case 'DefineIndicator':
        return define(command, state);
      case 'SetIndicatorTarget':
        return setTarget(command, state);
      case 'RecordIndicatorValue':
        return recordValue(command, state);
      case 'CorrectIndicatorValue':
        return correctValue(command, state);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'IndicatorDefined':
        return { ...state, exists: true, financialYear: event.data.financialYear, aggregation: event.data.aggregation };
      case 'IndicatorValueRecorded':
        return { ...state, valueQuarters: [...state.valueQuarters, event.data.quarter] };
      default:
        return state; // targets and corrections change figures only; those live in the read model
    }
  },
};
