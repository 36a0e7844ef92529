/// <reference lib="dom" />
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Partnership } from '../model';
import type { OverviewFilters } from './filters';
import { anyFilter } from './filters';
import { distinct, type ActionRow } from './rows';

interface Choice {
  value: string;
  label: string;
}

function Select({
  id,
  label,
  value,
  choices,
  onChange,
  all,
}: {
  id: string;
  label: string;
  value: string | null;
  choices: Choice[];
  all: string;
  onChange: (value: string | null) => void;
}) {
  return h(
    'div',
    { class: 'filter' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, value: value ?? '', onChange: (e: Event) => onChange((e.target as HTMLSelectElement).value || null) },
      h('option', { value: '' }, all),
      choices.map((c) => h('option', { key: c.value, value: c.value }, c.label)),
    ),
  );
}

const words = (values: string[]): Choice[] => values.map((v) => ({ value: v, label: v }));

/** The overview's filters; every change goes into the link at once (search on Enter or "Search"). */
export function FilterBar({
  partnerships,
  rows,
  filters,
  onChange,
}: {
  partnerships: Partnership[];
  rows: ActionRow[];
  filters: OverviewFilters;
  onChange: (next: Partial<OverviewFilters>) => void;
}) {
  const [q, setQ] = useState(filters.q ?? '');
  // On a phone the filters fold behind one button (overview.css), so the tiles stay on screen.
  const [open, setOpen] = useState(false);
  const active = [
    filters.partnership,
    filters.priority,
    filters.lead,
    filters.owner,
    filters.rag,
    filters.statutory,
    filters.q,
  ].filter(Boolean).length;
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const inPartnership = rows.filter((r) => !filters.partnership || r.partnership.id === filters.partnership);
  const priorities = new Map(inPartnership.map((r) => [r.priority.id, r.priority.title]));
  const withPlans = partnerships.filter((p) => rows.some((r) => r.partnership.id === p.id));
  return h(
    'div',
    { class: `filters-wrap no-print${open ? ' filters-open' : ''}` },
    h(
      'button',
      {
        type: 'button',
        class: 'filters-toggle',
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': 'overview-filters',
        onClick: () => setOpen(!open),
      },
      open ? 'Hide filters' : `Filters and search${active ? ` (${active} on)` : ''}`,
    ),
    h(
      'form',
      {
        id: 'overview-filters',
        class: 'filters',
        role: 'search',
        'aria-label': 'Filter the overview',
        onSubmit: (e: Event) => {
          e.preventDefault();
          onChange({ q: q.trim() || null });
        },
      },
      h(Select, {
        id: 'filter-partnership',
        label: 'Partnership',
        value: filters.partnership,
        all: 'All partnerships',
        choices: withPlans.map((p) => ({ value: p.id, label: p.name })),
        onChange: (v) => onChange({ partnership: v, priority: null }),
      }),
      h(Select, {
        id: 'filter-priority',
        label: 'Priority',
        value: filters.priority,
        all: 'All priorities',
        choices: [...priorities].map(([value, label]) => ({ value, label })),
        onChange: (v) => onChange({ priority: v }),
      }),
      h(Select, {
        id: 'filter-lead',
        label: 'Lead agency',
        value: filters.lead,
        all: 'All lead agencies',
        choices: words(distinct(rows.map((r) => r.action.leadAgency))),
        onChange: (v) => onChange({ lead: v }),
      }),
      h(Select, {
        id: 'filter-owner',
        label: 'Owner',
        value: filters.owner,
        all: 'All owners',
        choices: words(distinct(rows.map((r) => r.owner))),
        onChange: (v) => onChange({ owner: v }),
      }),
      h(Select, {
        id: 'filter-rag',
        label: 'RAG',
        value: filters.rag,
        all: 'Any RAG',
        choices: [
          { value: 'GREEN', label: 'Green: on track' },
          { value: 'AMBER', label: 'Amber: at risk' },
          { value: 'RED', label: 'Red: off track' },
        ],
        onChange: (v) => onChange({ rag: v as OverviewFilters['rag'] }),
      }),
      h(Select, {
        id: 'filter-statutory',
        label: 'Statutory',
        value: filters.statutory,
        all: 'Statutory or not',
        choices: [
          { value: 'yes', label: 'Statutory priorities only' },
          { value: 'no', label: 'Non-statutory priorities only' },
        ],
        onChange: (v) => onChange({ statutory: v as OverviewFilters['statutory'] }),
      }),
      h(
        'div',
        { class: 'filter filter-search' },
        h('label', { for: 'filter-q' }, 'Search actions'),
        h(
          'span',
          { class: 'search-row' },
          h('input', {
            id: 'filter-q',
            type: 'search',
            value: q,
            onInput: (e: Event) => setQ((e.target as HTMLInputElement).value),
          }),
          h('button', { type: 'submit' }, 'Search'),
        ),
      ),
      anyFilter(filters)
        ? h(
            'p',
            { class: 'filter-clear' },
            h(
              'button',
              {
                type: 'button',
                class: 'link-button',
                onClick: () =>
                  onChange({
                    partnership: null,
                    priority: null,
                    lead: null,
                    owner: null,
                    rag: null,
                    statutory: null,
                    q: null,
                  }),
              },
              'Clear all filters',
            ),
          )
        : null,
    ),
  );
}
