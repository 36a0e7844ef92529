/// <reference lib="dom" />
/**
 * A table a reader can sort by any column and download as CSV or XLSX. Sorting lives in the
 * link (sort=<column key>&dir=asc|desc) so a shared link shows the same order; column keys are
 * unique on a page, so the table that owns the key is the one sorted.
 */
import { h, type ComponentChildren } from 'preact';
import type { Cell } from './export/csv';
import { ExportButtons } from './export/export-buttons';
import type { SortDirection } from './overview/filters';
import { sortBy, type SortValue } from './overview/rows';
import { href, navigate, type Route } from './route';

export interface Column<T> {
  key: string;
  label: string;
  cell: (row: T) => ComponentChildren;
  /** What the column sorts by; a column without one is not sortable. */
  sortValue?: (row: T) => SortValue;
  /** The exact value exported when it differs from the words shown (90 for "90%"). */
  value?: (row: T) => Cell;
  num?: boolean;
  /** The cell that names the row for screen readers (a th scope="row"). */
  rowHeader?: boolean;
}

export interface Sorting {
  column: string | null;
  dir: SortDirection;
  /** Called with the column and direction the reader asked for. */
  onSort: (column: string, dir: SortDirection) => void;
}

const ariaSort = (active: boolean, dir: SortDirection) => (active ? (dir === 'asc' ? 'ascending' : 'descending') : undefined);

export function DataTable<T>({ id, caption, columns, rows, rowKey, sorting, empty }: { id: string; caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string; sorting?: Sorting; empty?: string }) {
  const active = sorting && columns.find((c) => c.key === sorting.column && c.sortValue);
  const shown = active && sorting ? sortBy(rows, active.sortValue, sorting.dir) : rows;
  return h(
    'div',
    { class: 'table-card' },
    h(ExportButtons, { tableId: id, name: caption }),
    h(
      'div',
      { class: 'table-wrap', tabIndex: 0, role: 'region', 'aria-label': `${caption} (scrolls sideways)` },
      h(
        'table',
        { id, class: 'data reflow' },
        h('caption', null, caption),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            columns.map((c) => {
              const isActive = active?.key === c.key;
              const next: SortDirection = isActive && sorting?.dir === 'asc' ? 'desc' : 'asc';
              return h(
                'th',
                { key: c.key, scope: 'col', class: c.num ? 'num' : undefined, 'aria-sort': sorting && c.sortValue ? (ariaSort(isActive, sorting.dir) ?? 'none') : undefined },
                sorting && c.sortValue
                  ? h('button', { type: 'button', class: 'sort', onClick: () => sorting.onSort(c.key, next) }, c.label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, isActive ? (sorting.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'))
                  : c.label,
              );
            }),
          ),
        ),
        h(
          'tbody',
          null,
          shown.length
            ? shown.map((row) =>
                h(
                  'tr',
                  { key: rowKey(row) },
                  columns.map((c) => {
                    const value = c.value?.(row);
                    return h(c.rowHeader ? 'th' : 'td', {
                      key: c.key,
                      scope: c.rowHeader ? 'row' : undefined,
                      class: c.num ? 'num' : undefined,
                      'data-label': c.label,
                      'data-value': value === undefined || value === null ? undefined : String(value),
                    }, c.cell(row));
                  }),
                ),
              )
            : h('tr', null, h('td', { colSpan: columns.length }, empty ?? 'Nothing matches these filters.')),
        ),
      ),
    ),
  );
}

/** Sorting kept in the page's link (sort, dir), leaving every other parameter as it is. */
export function sortingFromRoute(route: Route): Sorting {
  return {
    column: route.params.get('sort'),
    dir: route.params.get('dir') === 'desc' ? 'desc' : 'asc',
    onSort: (column, dir) => {
      const extra = Object.fromEntries([...route.params.entries()].filter(([k]) => k !== 'asOf'));
      navigate(href(`/${route.path.map(encodeURIComponent).join('/')}`, route.asOf, { ...extra, sort: column, dir: dir === 'desc' ? 'desc' : null }));
    },
  };
}

/** A table too wide for a phone scrolls inside its own box, reachable by keyboard, never the page. */
export function ScrollWrap({ label, children }: { label: string; children?: ComponentChildren }) {
  return h('div', { class: 'table-wrap', tabIndex: 0, role: 'region', 'aria-label': `${label} (scrolls sideways)` }, children);
}
