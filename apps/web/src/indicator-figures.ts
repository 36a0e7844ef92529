/**
 * The figures behind the indicator charts, from what the API returns: each quarter's value
 * against its target with the RAG in words, a sentence describing the line, and the districts of
 * a county roll-up side by side. Pure, so a spec pins the words.
 */
import { quartersOf } from '@saferplan/domain/shared/financial-year';
import type { IndicatorsQuery } from './generated/graphql-types';

export type Indicator = IndicatorsQuery['indicators'][number];
export type IndicatorUnit = Indicator['unit'];

export interface IndicatorPoint {
  quarter: string;
  value: number | null;
  target: number | null;
  /** "Amber: worse than target by 5% of it or less", "No value yet", ... */
  ragWords: string;
  rag: Indicator['values'][number]['rag'];
}

/** The four quarters of a year, Q1 first. */
export const quartersOfYear = (financialYear: string): string[] => quartersOf(financialYear);

/** A figure with its unit, as the board pack writes it. */
export function figure(value: number, unit: IndicatorUnit): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  switch (unit) {
    case 'PERCENT':
      return `${number}%`;
    case 'RATE_PER_1000':
      return `${number} per 1,000`;
    case 'CURRENCY_GBP':
      return `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case 'DAYS':
      return `${number} days`;
    default:
      return number;
  }
}

/** Every quarter of the year, with or without figures, so gaps show as gaps. */
export function indicatorSeries(indicator: Pick<Indicator, 'values'>, financialYear: string): IndicatorPoint[] {
  const byQuarter = new Map(indicator.values.map((value) => [value.quarter, value]));
  return quartersOf(financialYear).map((quarter) => {
    const known = byQuarter.get(quarter);
    return {
      quarter,
      value: known?.value ?? null,
      target: known?.target ?? null,
      rag: known?.rag ?? null,
      ragWords: known?.ragWords ?? 'No value yet',
    };
  });
}

/** The chart in one paragraph, for screen readers and for anyone who reads rather than looks. */
export function indicatorDescription(indicator: Indicator, financialYear: string): string {
  const better = indicator.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
  const points = indicatorSeries(indicator, financialYear)
    .map((point) => {
      const value = point.value === null ? 'no value' : figure(point.value, indicator.unit);
      const target = point.target === null ? 'no target' : `target ${figure(point.target, indicator.unit)}`;
      return `${point.quarter}: ${value} against ${target}${point.value === null ? '' : ` (${point.ragWords})`}`;
    })
    .join('; ');
  const rollUp = indicator.aggregation ? `, the ${indicator.aggregation === 'SUM' ? 'sum' : 'mean'} of ${indicator.districts.length} district${indicator.districts.length === 1 ? '' : 's'}` : '';
  return `${indicator.name}${rollUp}, ${financialYear}, ${better}. ${points}.`;
}

export interface DistrictRow {
  partnershipId: string;
  name: string;
  values: Array<number | null>; // one per quarter of the year
}

/** The districts behind a county roll-up, one row each, a value per quarter. */
export function districtComparison(indicator: Indicator, financialYear: string, names: ReadonlyMap<string, string>): DistrictRow[] {
  return indicator.districts.map((district) => ({
    partnershipId: district.partnershipId,
    name: names.get(district.partnershipId) ?? district.partnershipId,
    values: indicatorSeries(district, financialYear).map((point) => point.value),
  }));
}
