/**
 * Indicators as the API asks for them. A county roll-up's values are worked out per query from
 * its districts' indicators, so a district's correction shows in the county figure at once and
 * as-of answers need nothing stored for it.
 */
import type { PlanViews } from '../plan-views';
import type { IndicatorQuarterView, IndicatorView } from './indicator-views';

export function indicators(views: PlanViews, filter: { partnershipId?: string; financialYear?: string; priorityId?: string }): IndicatorView[] {
  const source = filter.priorityId !== undefined ? (views.indicators.ofPriority.get(filter.priorityId) ?? []) : views.indicators.byId.values();
  return [...source]
    .filter(
      (indicator) =>
        (filter.partnershipId === undefined || indicator.partnershipId === filter.partnershipId) &&
        (filter.financialYear === undefined || indicator.financialYear === filter.financialYear),
    )
    .sort((a, b) => a.definedPosition - b.definedPosition);
}

// "The same indicator" across partnerships: the same name, read the way a person would, and unit.
const sameMeasure = (a: IndicatorView, b: IndicatorView): boolean =>
  a.unit === b.unit && a.name.trim().replace(/\s+/g, ' ').toLowerCase() === b.name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The districts' indicators under priorities of the roll-up's year aligned to its priority. */
export function indicatorDistricts(views: PlanViews, rollUp: IndicatorView): IndicatorView[] {
  if (rollUp.aggregation === null || rollUp.priorityId === null) return [];
  const aligned = views.plans.alignedTo.get(rollUp.priorityId) ?? new Set<string>();
  const found: IndicatorView[] = [];
  for (const priorityId of aligned) {
    for (const candidate of views.indicators.ofPriority.get(priorityId) ?? []) {
      if (candidate.financialYear === rollUp.financialYear && candidate.aggregation === null && sameMeasure(candidate, rollUp)) found.push(candidate);
    }
  }
  const order = (indicator: IndicatorView) => views.partnerships.byId.get(indicator.partnershipId)?.registeredPosition ?? Number.MAX_SAFE_INTEGER;
  return found.sort((a, b) => order(a) - order(b) || a.definedPosition - b.definedPosition);
}

/**
 * What a reader sees per quarter. A roll-up's value is the SUM or MEAN of the districts that
 * reported that quarter (a district yet to report is left out rather than counted as 0, and the
 * note says how many reported); its targets are its own.
 */
export function indicatorQuarters(views: PlanViews, indicator: IndicatorView): IndicatorQuarterView[] {
  if (indicator.aggregation === null) return indicator.quarters;
  const districts = indicatorDistricts(views, indicator);
  const quarters = new Set<string>(indicator.quarters.map((q) => q.quarter));
  for (const district of districts) for (const q of district.quarters) if (q.value !== null) quarters.add(q.quarter);
  return [...quarters].sort().map((quarter) => {
    const own = indicator.quarters.find((q) => q.quarter === quarter);
    const reported = districts.flatMap((district) => district.quarters.filter((q) => q.quarter === quarter && q.value !== null));
    const total = reported.reduce((sum, q) => sum + (q.value ?? 0), 0);
    const value = reported.length === 0 ? null : indicator.aggregation === 'SUM' ? total : total / reported.length;
    const how = indicator.aggregation === 'SUM' ? 'Sum' : 'Mean';
    return {
      quarter,
      target: own?.target ?? null,
      value: value === null ? null : Math.round(value * 1e6) / 1e6,
      note: reported.length === 0 ? null : `${how} of ${reported.length} of ${districts.length} districts`,
      recordedAt: reported.length === 0 ? null : reported.map((q) => q.recordedAt ?? '').sort().at(-1)!,
      recordedBy: reported.length === 0 ? null : 'districts',
      correctionReason: null,
      previousValues: [],
    };
  });
}
