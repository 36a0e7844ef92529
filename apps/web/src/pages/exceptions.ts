import { h } from 'preact';
import { currentQuarterOf, exceptionsOf, quartersOf, ukDate, updatesDueBy } from '../figures';
import { href, navigate } from '../route';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import type { PageProps } from './context';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

const KIND_TEXT = { OFF_TRACK: 'Off track', OVERDUE_MILESTONE: 'Overdue milestone', MISSING_UPDATE: 'Update missing' } as const;

/** What needs the SOG's attention: off-track actions, overdue milestones, missing updates. */
export function ExceptionsPage({ route }: PageProps) {
  const tree = useLoad(() => loadTree(route.asOf), [route.asOf]);
  const title = 'Exceptions';
  if (tree.error) return h(Page, { title }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title }, h(Loading, null));
  const year = chosenYear(tree.data, route.params.get('year'));
  if (!year) return h(Page, { title }, h('p', null, 'No action plans have been recorded yet.'));
  const asOfDate = ukDate(route.asOf ? new Date(route.asOf) : new Date());
  const current = currentQuarterOf(year, asOfDate);
  // The quarter reported on is a control of its own, beside the moment viewed (asOf).
  const quarter = quartersOf(year).find((q) => q === route.params.get('quarter')) ?? current;
  const rows = exceptionsOf(tree.data, year, asOfDate, quarter);
  return h(
    Page,
    { title },
    h(YearPicker, { partnerships: tree.data, year, route }),
    quarter
      ? h(
          'div',
          { class: 'inline-field' },
          h('label', { for: 'quarter' }, 'Quarter'),
          h(
            'select',
            {
              id: 'quarter',
              value: quarter,
              onChange: (event: Event) => navigate(href('/exceptions', route.asOf, { year, quarter: (event.target as HTMLSelectElement).value })),
            },
            quartersOf(year).map((q) => h('option', { key: q, value: q }, q)),
          ),
        )
      : null,
    h(
      'p',
      { class: 'explain', id: 'current-quarter' },
      quarter
        ? `${quarter === current ? `Current quarter: ${quarter}. The current quarter is the quarter of the ${year} plan year that contains ${asOfDate} (the date being viewed); once the year has ended it is Q4.` : `Quarter shown: ${quarter}, as it stood at its end.`} Updates for ${quarter} are due by ${updatesDueBy(quarter)}; open actions without one are listed as missing from the day after.`
        : `The ${year} plan year has not started on ${asOfDate}, so no updates are due yet.`,
    ),
    rows.length === 0
      ? h('p', null, 'Nothing off track, overdue or missing.')
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'data' },
            h('caption', null, `${rows.length} exceptions, ${year}`),
            h('thead', null, h('tr', null, ['Exception', 'Partnership', 'Priority', 'Action', 'Lead agency', 'Detail'].map((c) => h('th', { scope: 'col', key: c }, c)))),
            h(
              'tbody',
              null,
              rows.map((row, i) =>
                h(
                  'tr',
                  { key: i },
                  h('td', null, h('span', { class: `chip ${row.kind === 'MISSING_UPDATE' ? 'chip-amber' : 'chip-red'}` }, KIND_TEXT[row.kind])),
                  h('td', null, h('a', { href: href(`/partnership/${row.partnership.id}`, route.asOf, { year }) }, row.partnership.name)),
                  h('td', null, h('a', { href: href(`/priority/${row.priority.id}`, route.asOf) }, row.priority.title)),
                  h('th', { scope: 'row' }, h('a', { href: href(`/action/${row.action.id}`, route.asOf) }, row.action.title)),
                  h('td', null, row.action.leadAgency),
                  h('td', null, row.detail),
                ),
              ),
            ),
          ),
        ),
  );
}
