/**
 * The figures behind the indicator charts, from what the API returns: each quarter's value
 * against its target with the RAG in words, a sentence describing the line, and the districts of
 * a county roll-up side by side. Pure, so a spec pins the words.
 */
import { figureWithUnit } from '@saferplan/domain/indicator/indicator-figures';
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

/** A figure with its unit, as the board pack writes it: one shared module for both. */
export const figure = (value: number, unit: IndicatorUnit): string => figureWithUnit(value, unit);

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

/**
 * One measure over the years: the partnership's indicators of the same name and unit (one per
 * plan year, as the domain keeps them) up to the year being viewed, joined into one series.
 */
export interface IndicatorLine {
  /** The indicator of the year being viewed: its name, unit, rule and districts head the line. */
  current: Indicator;
  years: string[];
  series: IndicatorPoint[];
}

const measureOf = (indicator: Pick<Indicator, 'name' | 'unit'>): string => `${indicator.unit}\n${indicator.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;

export function indicatorLines(indicators: Indicator[], financialYear: string): IndicatorLine[] {
  const current = indicators.filter((indicator) => indicator.financialYear === financialYear);
  return current.map((indicator) => {
    const earlier = indicators
      .filter((other) => other.financialYear <= financialYear && measureOf(other) === measureOf(indicator))
      .sort((a, b) => (a.financialYear < b.financialYear ? -1 : 1));
    return {
      current: indicator,
      years: earlier.map((each) => each.financialYear),
      series: earlier.flatMap((each) => indicatorSeries(each, each.financialYear)),
    };
  });
}

/** The chart in one paragraph, for screen readers and for anyone who reads rather than looks. */
export function indicatorDescription(line: IndicatorLine): string {
  const indicator = line.current;
  const better = indicator.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
  const points = line.series
    .map((point) => {
      const value = point.value === null ? 'no value' : figure(point.value, indicator.unit);
      const target = point.target === null ? 'no target' : `target ${figure(point.target, indicator.unit)}`;
      return `${point.quarter}: ${value} against ${target}${point.value === null ? '' : ` (${point.ragWords})`}`;
    })
    .join('; ');
  const count = indicator.districts.length;
  const rollUp = indicator.aggregation ? `, the ${indicator.aggregation === 'SUM' ? 'sum' : 'mean'} of ${count} district${count === 1 ? '' : 's'}` : '';
  const years = line.years.length > 1 ? `${line.years[0]} to ${line.years[line.years.length - 1]}` : line.years[0];
  return `${indicator.name}${rollUp}, ${years}, ${better}. ${points}.`;
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
