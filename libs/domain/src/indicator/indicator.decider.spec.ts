import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { CorrectIndicatorValue, DefineIndicator, IndicatorPlanFacts, RecordIndicatorValue, SetIndicatorTarget } from './indicator.commands';
import { indicatorDecider } from './indicator.decider';
import type { IndicatorDefined, IndicatorValueRecorded } from './indicator.events';

const given = DeciderSpecification.for(indicatorDecider);
const metadata = { now: new Date('2017-09-04T10:00:00Z'), actor: 'coordinator-nwl' };
const indicatorId = 'i-crime';

const plan = (facts: Partial<IndicatorPlanFacts> = {}): IndicatorPlanFacts => ({
  planId: 'plan1',
  exists: true,
  partnershipId: 'nwl',
  partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP',
  financialYear: '2017/18',
  priorityIds: ['asb'],
  ...facts,
});
const define = (data: Partial<DefineIndicator['data']> = {}): DefineIndicator => ({
  type: 'DefineIndicator',
  data: {
    indicatorId,
    plan: plan(),
    priorityId: 'asb',
    name: ' All recorded crime ',
    unit: 'COUNT',
    polarity: 'LOWER_IS_BETTER',
    baseline: 6300,
    source: 'Leicestershire Police',
    amberTolerancePercent: null,
    aggregation: null,
    ...data,
  },
  metadata,
});
const defined: IndicatorDefined = {
  type: 'IndicatorDefined',
  data: {
    indicatorId, planId: 'plan1', partnershipId: 'nwl', financialYear: '2017/18', priorityId: 'asb',
    name: 'All recorded crime', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 6300,
    source: 'Leicestershire Police', amberTolerancePercent: 5, aggregation: null,
  },
};
const countyDefined: IndicatorDefined = { ...defined, data: { ...defined.data, aggregation: 'SUM' } };
const recorded: IndicatorValueRecorded = {
  type: 'IndicatorValueRecorded',
  data: { indicatorId, quarter: '2017/18 Q1', value: 1610, note: null },
};
const target = (data: Partial<SetIndicatorTarget['data']> = {}): SetIndicatorTarget => ({
  type: 'SetIndicatorTarget', data: { indicatorId, quarter: '2017/18 Q1', target: 1575, ...data }, metadata,
});
const record = (data: Partial<RecordIndicatorValue['data']> = {}): RecordIndicatorValue => ({
  type: 'RecordIndicatorValue', data: { indicatorId, quarter: '2017/18 Q1', value: 1610, note: null, ...data }, metadata,
});
const correct = (data: Partial<CorrectIndicatorValue['data']> = {}): CorrectIndicatorValue => ({
  type: 'CorrectIndicatorValue',
  data: { indicatorId, quarter: '2017/18 Q1', value: 1602, note: null, reason: 'Police re-ran the extract', ...data },
  metadata,
});
const invalid = (field: string) => (error: InvalidInputError) => error.field === field;

describe('indicator decider', () => {
  describe('DefineIndicator', () => {
    it('defines the indicator with the plan facts, a trimmed name and the default 5% tolerance', () => {
      given().when(define()).then([defined]);
    });

    it('keeps a stated tolerance, and an indicator may sit on the plan outside any priority', () => {
      given()
        .when(define({ amberTolerancePercent: 10, priorityId: null, baseline: null, source: null }))
        .then([{ ...defined, data: { ...defined.data, amberTolerancePercent: 10, priorityId: null, baseline: null, source: null } }]);
    });

    it.each([
      ['unit', { unit: 'PER_CENT' }],
      ['polarity', { polarity: 'UP' }],
      ['amberTolerancePercent', { amberTolerancePercent: -0.1 }],
      ['amberTolerancePercent', { amberTolerancePercent: 100.5 }],
      ['amberTolerancePercent', { amberTolerancePercent: Number.NaN }],
      ['baseline', { baseline: Number.POSITIVE_INFINITY }],
      ['name', { name: '  ' }],
      ['aggregation', { aggregation: 'MEDIAN' }],
    ])('refuses a bad %s', (field, data) => {
      given().when(define(data as Partial<DefineIndicator['data']>)).thenThrows(InvalidInputError, invalid(field));
    });

    it('accepts the tolerance edges 0 and 100', () => {
      given().when(define({ amberTolerancePercent: 0 })).then([{ ...defined, data: { ...defined.data, amberTolerancePercent: 0 } }]);
      given().when(define({ amberTolerancePercent: 100 })).then([{ ...defined, data: { ...defined.data, amberTolerancePercent: 100 } }]);
    });

    it('needs the plan and the priority to exist', () => {
      given().when(define({ plan: plan({ exists: false }) })).thenThrows(NotFoundError, (e) => e.entity === 'ActionPlan');
      given().when(define({ priorityId: 'nope' })).thenThrows(NotFoundError, (e) => e.entity === 'Priority');
    });

    it("aggregates only on a county board's priority", () => {
      given().when(define({ aggregation: 'SUM' })).thenThrows(InvalidInputError, invalid('aggregation'));
      given()
        .when(define({ aggregation: 'SUM', plan: plan({ partnershipKind: 'COUNTY_STRATEGY_BOARD' }) }))
        .then([countyDefined]);
    });

    it('refuses a second definition with the same id', () => {
      given([defined]).when(define()).thenThrows(ConflictError);
    });
  });

  describe('SetIndicatorTarget', () => {
    it('sets a quarter target, and may set it again', () => {
      const set = { type: 'IndicatorTargetSet' as const, data: { indicatorId, quarter: '2017/18 Q1', target: 1575 } };
      given([defined]).when(target()).then([set]);
      given([defined, set]).when(target({ target: 1500 })).then([{ ...set, data: { ...set.data, target: 1500 } }]);
    });

    it.each([
      ['quarter', { quarter: '2018/19 Q1' }],
      ['quarter', { quarter: '2017/18 Q5' }],
      ['target', { target: Number.NaN }],
    ])('refuses a bad %s', (field, data) => {
      given([defined]).when(target(data)).thenThrows(InvalidInputError, invalid(field));
    });

    it('needs the indicator', () => {
      given().when(target()).thenThrows(NotFoundError, (e) => e.entity === 'Indicator');
    });
  });

  describe('RecordIndicatorValue', () => {
    it('records the figure with a trimmed note', () => {
      given([defined]).when(record({ note: ' provisional ' })).then([{ ...recorded, data: { ...recorded.data, note: 'provisional' } }]);
    });

    it.each([
      ['value', { value: Number.NaN }],
      ['value', { value: Number.NEGATIVE_INFINITY }],
      ['value', { value: '12' as unknown as number }],
      ['quarter', { quarter: '2016/17 Q4' }],
    ])('refuses a bad %s', (field, data) => {
      given([defined]).when(record(data)).thenThrows(InvalidInputError, invalid(field));
    });

    it('refuses a second value for the quarter: that is a correction', () => {
      given([defined, recorded]).when(record()).thenThrows(ConflictError, (e) => e.field === 'quarter');
    });

    it("refuses values on a county indicator that adds up its districts'", () => {
      given([countyDefined]).when(record()).thenThrows(ConflictError);
    });
  });

  describe('CorrectIndicatorValue', () => {
    it('corrects a recorded value with the reason', () => {
      given([defined, recorded])
        .when(correct())
        .then([{ type: 'IndicatorValueCorrected', data: { indicatorId, quarter: '2017/18 Q1', value: 1602, note: null, reason: 'Police re-ran the extract' } }]);
    });

    it('needs a value to correct, and a reason', () => {
      given([defined]).when(correct()).thenThrows(InvalidInputError, invalid('quarter'));
      given([defined, recorded]).when(correct({ reason: ' ' })).thenThrows(InvalidInputError, invalid('reason'));
    });
  });
});
