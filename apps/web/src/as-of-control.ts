/// <reference lib="dom" />
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { href, navigate, type Route } from './route';
import { formatInstant } from './ui';

/** datetime-local speaks the browser's local time; the URL carries the exact instant (ISO, UTC). */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
  return local.toISOString().slice(0, 16);
}

/** Shows any page as it was recorded at a moment; the moment lives in the URL so it can be shared. */
export function AsOfControl({ route }: { route: Route }) {
  const [value, setValue] = useState(toLocalInput(route.asOf));
  useEffect(() => setValue(toLocalInput(route.asOf)), [route.asOf]);
  const path = `/${route.path.join('/')}`;
  const extra = Object.fromEntries([...route.params.entries()].filter(([k]) => k !== 'asOf'));
  return h(
    'form',
    {
      class: 'as-of',
      'aria-label': 'View as recorded at a moment',
      onSubmit: (event: Event) => {
        event.preventDefault();
        if (!value) return navigate(href(path, null, extra));
        navigate(href(path, new Date(value).toISOString(), extra));
      },
    },
    h('label', { for: 'as-of' }, 'As recorded at'),
    h('input', { id: 'as-of', type: 'datetime-local', value, onInput: (e: Event) => setValue((e.target as HTMLInputElement).value) }),
    h('button', { type: 'submit' }, 'Show'),
    route.asOf ? h('button', { type: 'button', onClick: () => navigate(href(path, null, extra)) }, 'Back to now') : null,
    h('span', { class: 'as-of-state', role: 'status' }, route.asOf ? `Showing the record as it was at ${formatInstant(route.asOf)} (read-only)` : 'Showing the record now'),
  );
}
