import { h } from 'preact';
import { ProgressChart, RagMixChart } from '../charts';
import { progressByQuarter, ragMixByQuarter } from '../figures';
import { href, navigate } from '../route';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import { IndicatorCharts } from './indicator-charts-section';
import type { PageProps } from './context';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

/**
 * Per partnership, for one year: its RAG mix over time and progress per priority, and the
 * indicators. Each partnership's charts are its own; one can be picked (partnership= in the link).
 */
export function ChartsPage({ route }: PageProps) {
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  const title = 'Charts';
  if (tree.error) return h(Page, { title }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title }, h(Loading, null));
  const year = chosenYear(tree.data, route.params.get('year'));
  if (!year) return h(Page, { title }, h('p', null, 'No action plans have been recorded yet.'));
  const withPlans = tree.data.filter((partnership) => partnership.plans.some((plan) => plan.financialYear === year));
  const picked = route.params.get('partnership');
  const shown = withPlans.filter((p) => !picked || p.id === picked);
  return h(
    Page,
    { title },
    h(
      'div',
      { class: 'overview-top no-print' },
      h(YearPicker, { partnerships: tree.data, year, route }),
      h(
        'div',
        { class: 'inline-field' },
        h('label', { for: 'charts-partnership' }, 'Partnership'),
        h(
          'select',
          { id: 'charts-partnership', value: picked ?? '', onChange: (e: Event) => navigate(href('/charts', route.asOf, { year, partnership: (e.target as HTMLSelectElement).value || null })) },
          h('option', { value: '' }, 'Every partnership, one by one'),
          withPlans.map((p) => h('option', { key: p.id, value: p.id }, p.name)),
        ),
      ),
    ),
    h('p', { class: 'explain' }, 'For each quarter: the mean % complete of the priority’s actions as reported for that quarter or, when an action has no update for it, its latest earlier update (0% before the first). Cancelled actions are left out.'),
    shown.map((partnership) => {
      const plans = partnership.plans.filter((plan) => plan.financialYear === year);
      return h(
        'section',
        { key: partnership.id, class: 'print-section', 'aria-labelledby': `charts-${partnership.id}` },
        h('h2', { id: `charts-${partnership.id}` }, partnership.name),
        h('h3', null, `RAG mix over time: ${partnership.name}`),
        h(RagMixChart, { id: `ragmix-${partnership.id}`, mix: ragMixByQuarter(plans, year) }),
        h('h3', null, 'Progress over quarters per priority'),
        h('div', { class: 'chart-grid' }, plans.flatMap((plan) => plan.priorities.map((priority) => h(ProgressChart, { key: priority.id, id: `p-${priority.id}`, title: priority.title, series: progressByQuarter(priority, year) })))),
      );
    }),
    h('section', { class: 'print-section', 'aria-labelledby': 'indicators-title' }, h('h2', { id: 'indicators-title' }, 'Indicators against their targets'), h(IndicatorCharts, { partnerships: shown, year, asOf: route.asOf })),
  );
}
