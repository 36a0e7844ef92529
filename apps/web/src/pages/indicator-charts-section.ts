import { h } from 'preact';
import { ApiError, gql } from '../api';
import type { IndicatorsQuery, IndicatorsQueryVariables } from '../generated/graphql-types';
import { DistrictComparisonChart, IndicatorChart } from '../indicator-charts';
import { districtComparison, indicatorLines, quartersOfYear } from '../indicator-figures';
import type { Partnership } from '../model';
import { INDICATORS as INDICATORS_QUERY } from '../queries';
import { ErrorNotice, Loading, useLoad } from '../ui';

/**
 * Every partnership's indicators for the year, value against target over the quarters of that
 * year and the years before it; a county roll-up also compares its districts.
 */
export function IndicatorCharts({ partnerships, year, asOf }: { partnerships: Partnership[]; year: string; asOf: string | null }) {
  const withPlan = partnerships.filter((partnership) => partnership.plans.some((plan) => plan.financialYear === year));
  const loaded = useLoad(
    () =>
      Promise.all(
        withPlan.map(async (partnership) => ({
          partnership,
          // A partnership whose records the reader may not open is left out, not an error.
          indicators: await gql<IndicatorsQuery, IndicatorsQueryVariables>(INDICATORS_QUERY, { partnershipId: partnership.id, financialYear: null, asOf }).then(
            (answer) => answer.indicators,
            (error) => (error instanceof ApiError && error.code === 'FORBIDDEN' ? [] : Promise.reject(error)),
          ),
        })),
      ),
    [withPlan.map((p) => p.id).join(','), year, asOf],
  );
  if (loaded.error) return h(ErrorNotice, { error: loaded.error });
  if (!loaded.data) return h(Loading, null);
  const names = new Map(partnerships.map((p) => [p.id, p.name]));
  const sections = loaded.data.map((entry) => ({ ...entry, lines: indicatorLines(entry.indicators, year) })).filter((entry) => entry.lines.length > 0);
  if (sections.length === 0) return h('p', null, `No indicators are recorded for ${year}.`);
  return sections.map(({ partnership, lines }) =>
    h(
      'section',
      { key: partnership.id, 'aria-labelledby': `ind-${partnership.id}` },
      h('h3', { id: `ind-${partnership.id}` }, partnership.name),
      lines.map((line) =>
        h(
          'div',
          { key: line.current.id },
          h(IndicatorChart, { id: `ind-${line.current.id}`, line }),
          line.current.aggregation
            ? h(DistrictComparisonChart, { id: `cmp-${line.current.id}`, indicator: line.current, quarters: quartersOfYear(year), rows: districtComparison(line.current, year, names) })
            : null,
        ),
      ),
    ),
  );
}
