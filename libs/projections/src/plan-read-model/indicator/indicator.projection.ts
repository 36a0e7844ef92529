import { streams } from '@saferplan/domain/events';
import { compareQuarters } from '@saferplan/domain/shared/financial-year';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { type On, type Recorded, type Touched, countStreamVersion, untouched } from '../projection';
import type { IndicatorQuarterView, IndicatorView } from './indicator-views';

const STREAM_PREFIX = streams.indicator('');

/** Indicators with their quarters' targets and values, persisted as 'indicator' documents. */
export interface IndicatorsView {
  readonly byId: Map<string, IndicatorView>;
  /** priority id -> its indicators, definition order. Derived, never stored. */
  readonly ofPriority: Map<string, IndicatorView[]>;
}

export const initialIndicators = (): IndicatorsView => ({ byId: new Map(), ofPriority: new Map() });

export function evolveIndicators(view: IndicatorsView, event: RecordedEvent, touched: Touched = untouched): IndicatorsView {
  const known = event as Recorded;
  switch (known.type) {
    case 'IndicatorDefined':
      define(view, known, touched);
      break;
    case 'IndicatorTargetSet':
      change(view, known.data.indicatorId, known.data.quarter, touched, (quarter) => {
        quarter.target = known.data.target;
      });
      break;
    case 'IndicatorValueRecorded':
    case 'IndicatorValueCorrected': {
      const reason = known.type === 'IndicatorValueCorrected' ? known.data.reason : null;
      change(view, known.data.indicatorId, known.data.quarter, touched, (quarter) => placeValue(quarter, known, reason));
      break;
    }
  }
  countStreamVersion(view.byId, STREAM_PREFIX, 'indicator', event, touched);
  return view;
}

/** Lists an indicator under its priority; also how the index is rebuilt when documents load. */
export function indexIndicator(view: IndicatorsView, indicator: IndicatorView): void {
  if (indicator.priorityId === null) return;
  const list = view.ofPriority.get(indicator.priorityId) ?? [];
  list.push(indicator);
  list.sort((a, b) => a.definedPosition - b.definedPosition);
  view.ofPriority.set(indicator.priorityId, list);
}

function define(view: IndicatorsView, event: On<'IndicatorDefined'>, touched: Touched): void {
  const { data } = event;
  if (view.byId.has(data.indicatorId)) return;
  const indicator: IndicatorView = {
    id: data.indicatorId,
    planId: data.planId,
    partnershipId: data.partnershipId,
    financialYear: data.financialYear,
    priorityId: data.priorityId,
    name: data.name,
    unit: data.unit,
    polarity: data.polarity,
    baseline: data.baseline,
    source: data.source,
    amberTolerancePercent: data.amberTolerancePercent,
    aggregation: data.aggregation,
    quarters: [],
    version: 0,
    definedPosition: event.position,
  };
  view.byId.set(indicator.id, indicator);
  indexIndicator(view, indicator);
  touched('indicator', indicator.id);
}

function placeValue(
  quarter: IndicatorQuarterView,
  event: On<'IndicatorValueRecorded'> | On<'IndicatorValueCorrected'>,
  correctionReason: string | null,
): void {
  if (quarter.value !== null && quarter.recordedAt !== null && quarter.recordedBy !== null) {
    const { value, note, recordedAt, recordedBy } = quarter;
    quarter.previousValues = [...quarter.previousValues, { value, note, recordedAt, recordedBy, correctionReason: quarter.correctionReason }];
  }
  quarter.value = event.data.value;
  quarter.note = event.data.note;
  quarter.recordedAt = event.metadata.recordedAt;
  quarter.recordedBy = event.metadata.actor ?? 'anonymous';
  quarter.correctionReason = correctionReason;
}

/** The quarter's entry, made in quarter order when it is the first fact about that quarter. */
function change(view: IndicatorsView, indicatorId: string, quarter: string, touched: Touched, update: (q: IndicatorQuarterView) => void): void {
  const indicator = view.byId.get(indicatorId);
  if (!indicator) return;
  let entry = indicator.quarters.find((candidate) => candidate.quarter === quarter);
  if (!entry) {
    entry = { quarter, target: null, value: null, note: null, recordedAt: null, recordedBy: null, correctionReason: null, previousValues: [] };
    const index = indicator.quarters.findIndex((existing) => compareQuarters(existing.quarter, quarter) > 0);
    if (index === -1) indicator.quarters.push(entry);
    else indicator.quarters.splice(index, 0, entry);
  }
  update(entry);
  touched('indicator', indicatorId);
}
