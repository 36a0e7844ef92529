import { h } from 'preact';
import { ApiError, gql } from '../api';
import type { IndicatorsQuery, IndicatorsQueryVariables } from '../generated/graphql-types';
import { DistrictComparisonChart, IndicatorChart } from '../indicator-charts';
import { districtComparison, quartersOfYear } from '../indicator-figures';
import type { Partnership } from '../model';
import { INDICATORS as INDICATORS_QUERY } from '../queries';
import { ErrorNotice, Loading, useLoad } from '../ui';

/** Every partnership's indicators for the year, value against target; a county roll-up also compares its districts. */
export function IndicatorCharts({ partnerships, year, asOf }: { partnerships: Partnership[]; year: string; asOf: string | null }) {
  const withPlan = partnerships.filter((partnership) => partnership.plans.some((plan) => plan.financialYear === year));
  const loaded = useLoad(
    () =>
      Promise.all(
        withPlan.map(async (partnership) => ({
          partnership,
          // A partnership whose records the reader may not open is left out, not an error.
          indicators: await gql<IndicatorsQuery, IndicatorsQueryVariables>(INDICATORS_QUERY, { partnershipId: partnership.id, financialYear: year, asOf }).then(
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
  const sections = loaded.data.filter((entry) => entry.indicators.length > 0);
  if (sections.length === 0) return h('p', null, `No indicators are recorded for ${year}.`);
  return sections.map(({ partnership, indicators }) =>
    h(
      'section',
      { key: partnership.id, 'aria-labelledby': `ind-${partnership.id}` },
      h('h3', { id: `ind-${partnership.id}` }, partnership.name),
      indicators.map((indicator) =>
        h(
          'div',
          { key: indicator.id },
          h(IndicatorChart, { id: `ind-${indicator.id}`, indicator, financialYear: year }),
          indicator.aggregation
            ? h(DistrictComparisonChart, { id: `cmp-${indicator.id}`, indicator, quarters: quartersOfYear(year), rows: districtComparison(indicator, year, names) })
            : null,
        ),
      ),
    ),
  );
}
