import { h } from 'preact';
import { gql } from '../api';
import type { ReturnsQuery, ReturnsQueryVariables } from '../generated/graphql-types';
import { RETURNS } from '../queries';
import { returnWords } from '../returns-words';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import type { PageProps } from './context';
import { chosenYear, loadTree } from './tree';
import { YearPicker } from './year-picker';

/** The SOG's returns tracker: each partnership's quarterly returns for a year, missing plans included. */
export function ReturnsPage({ route }: PageProps) {
  const title = 'Returns';
  const loaded = useLoad(async () => {
    const tree = await loadTree(route.asOf);
    const year = chosenYear(tree, route.params.get('year'));
    const returns = year ? (await gql<ReturnsQuery, ReturnsQueryVariables>(RETURNS, { financialYear: year, asOf: route.asOf })).returns : [];
    return { tree, year, returns };
  }, [route.asOf, route.params.get('year')]);
  if (loaded.error) return h(Page, { title }, h(ErrorNotice, { error: loaded.error }));
  if (!loaded.data) return h(Page, { title }, h(Loading, null));
  const { tree, year, returns } = loaded.data;
  if (!year) return h(Page, { title }, h('p', null, 'No action plans have been recorded yet.'));
  const quarters = returns[0]?.quarters.map((q) => q.quarter) ?? [];
  return h(
    Page,
    { title },
    h(YearPicker, { partnerships: tree, year, route }),
    h(
      'p',
      { class: 'explain' },
      'For each partnership and quarter: updates due (one per open action once the quarter has ended), in, late (first recorded after the deadline day, UK time), missing (deadline passed) and awaiting approval. Only approved updates count.',
    ),
    h(
      'div',
      // Focusable and named, so a keyboard user can scroll the grid on a phone.
      { class: 'table-wrap', tabIndex: 0, role: 'region', 'aria-label': `Quarterly returns, ${year}` },
      h(
        'table',
        { class: 'data' },
        h('caption', null, `Quarterly returns, ${year}`),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Partnership'), quarters.map((q) => h('th', { scope: 'col', key: q }, q)))),
        h(
          'tbody',
          null,
          returns.map((row) =>
            h(
              'tr',
              { key: row.partnershipId },
              h('th', { scope: 'row' }, row.partnershipName, row.noPlan ? h('span', { class: 'tag' }, 'No plan') : null),
              row.quarters.map((q) => {
                const words = returnWords(q);
                return h('td', { key: q.quarter }, h('span', { class: `chip ${words.chip}` }, words.state), h('br', null), h('span', { class: 'meta' }, words.detail));
              }),
            ),
          ),
        ),
      ),
    ),
  );
}
