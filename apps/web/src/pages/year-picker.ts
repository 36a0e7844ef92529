import { h } from 'preact';
import { yearsOf } from '../figures';
import type { Partnership } from '../model';
import { href, navigate, type Route } from '../route';

/** Switches the financial year a page shows, keeping the moment being viewed. */
export function YearPicker({ partnerships, year, route }: { partnerships: Partnership[]; year: string; route: Route }) {
  return h(
    'div',
    { class: 'inline-field' },
    h('label', { for: 'year' }, 'Financial year'),
    h(
      'select',
      {
        id: 'year',
        value: year,
        onChange: (event: Event) => navigate(href(`/${route.path.join('/')}`, route.asOf, { year: (event.target as HTMLSelectElement).value })),
      },
      yearsOf(partnerships).map((y) => h('option', { key: y, value: y }, y)),
    ),
  );
}
