import { h } from 'preact';
import { ProgressChart, RagMixChart } from '../charts';
import { progressByQuarter, ragMixByQuarter } from '../figures';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import { IndicatorCharts } from './indicator-charts-section';
import type { PageProps } from './context';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

/** Progress over the quarters per priority, and the RAG mix over time, for one year. */
export function ChartsPage({ route }: PageProps) {
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  const title = 'Charts';
  if (tree.error) return h(Page, { title }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title }, h(Loading, null));
  const year = chosenYear(tree.data, route.params.get('year'));
  if (!year) return h(Page, { title }, h('p', null, 'No action plans have been recorded yet.'));
  const plans = tree.data.flatMap((partnership) => partnership.plans.filter((plan) => plan.financialYear === year).map((plan) => ({ partnership, plan })));
  return h(
    Page,
    { title },
    h(YearPicker, { partnerships: tree.data, year, route }),
    h('h2', null, 'RAG mix over time'),
    h(RagMixChart, { id: 'ragmix', mix: ragMixByQuarter(plans.map((p) => p.plan), year) }),
    h('h2', null, 'Indicators against their targets'),
    h(IndicatorCharts, { partnerships: tree.data, year, asOf: route.asOf }),
    h('h2', null, 'Progress over quarters per priority'),
    h('p', { class: 'explain' }, 'For each quarter: the mean % complete of the priority’s actions as reported for that quarter or, when an action has no update for it, its latest earlier update (0% before the first). Cancelled actions are left out.'),
    plans.map(({ partnership, plan }) =>
      h(
        'section',
        { key: plan.id, 'aria-labelledby': `plan-${plan.id}` },
        h('h3', { id: `plan-${plan.id}` }, partnership.name),
        h(
          'div',
          { class: 'chart-grid' },
          plan.priorities.map((priority) => h(ProgressChart, { key: priority.id, id: `p-${priority.id}`, title: priority.title, series: progressByQuarter(priority, year) })),
        ),
      ),
    ),
  );
}
