/// <reference lib="dom" />
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { href, navigate, type Route } from './route';
import { formatInstant } from './ui';
import { parseUkInstant, ukDateAndTime } from './uk-date';

const fieldsOf = (asOf: string | null) => (asOf ? ukDateAndTime(asOf) : { date: '', time: '' });

/**
 * Shows any page as it was recorded at a moment; the moment lives in the URL so it can be shared.
 * The date is typed day/month/year (a browser's date box would show mm/dd/yyyy to some); on a
 * phone the fields fold away behind one button so the bar stays one line.
 */
export function AsOfControl({ route }: { route: Route }) {
  const [fields, setFields] = useState(fieldsOf(route.asOf));
  const [error, setError] = useState<{ field: 'date' | 'time'; message: string } | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    setFields(fieldsOf(route.asOf));
    setError(null);
  }, [route.asOf]);
  const path = `/${route.path.join('/')}`;
  const extra = Object.fromEntries([...route.params.entries()].filter(([k]) => k !== 'asOf'));
  const invalid = (name: 'date' | 'time') => (error?.field === name ? { 'aria-invalid': 'true', 'aria-describedby': `as-of-${name}-hint as-of-error` } : { 'aria-describedby': `as-of-${name}-hint` });
  return h(
    'form',
    {
      class: `as-of${open ? ' as-of-open' : ''}`,
      'aria-label': 'View as recorded at a moment',
      noValidate: true,
      onSubmit: (event: Event) => {
        event.preventDefault();
        if (!fields.date.trim()) return navigate(href(path, null, extra));
        const read = parseUkInstant(fields.date, fields.time);
        if ('message' in read) {
          setError(read);
          document.getElementById(`as-of-${read.field}`)?.focus();
          return;
        }
        setError(null);
        setOpen(false);
        navigate(href(path, read.instant, extra));
      },
    },
    h('span', { class: 'as-of-state', role: 'status' }, route.asOf ? `Showing the record as it was at ${formatInstant(route.asOf)} (read-only)` : 'Showing the record now'),
    h('button', { type: 'button', class: 'as-of-toggle', 'aria-expanded': open ? 'true' : 'false', 'aria-controls': 'as-of-fields', onClick: () => setOpen(!open) }, open ? 'Close' : 'Change moment'),
    h(
      'span',
      { class: 'as-of-fields', id: 'as-of-fields' },
      h('span', { class: 'as-of-field' }, h('label', { for: 'as-of-date' }, 'As recorded on'), h('span', { class: 'hint', id: 'as-of-date-hint' }, 'day/month/year, e.g. 4/9/2017'), h('input', { id: 'as-of-date', type: 'text', inputMode: 'numeric', autoComplete: 'off', size: 10, value: fields.date, onInput: (e: Event) => setFields({ ...fields, date: (e.target as HTMLInputElement).value }), ...invalid('date') })),
      h('span', { class: 'as-of-field' }, h('label', { for: 'as-of-time' }, 'at (UK time)'), h('span', { class: 'hint', id: 'as-of-time-hint' }, '24-hour, e.g. 14:30; blank for end of day'), h('input', { id: 'as-of-time', type: 'text', inputMode: 'numeric', autoComplete: 'off', size: 5, value: fields.time, onInput: (e: Event) => setFields({ ...fields, time: (e.target as HTMLInputElement).value }), ...invalid('time') })),
      h('button', { type: 'submit' }, 'Show'),
      route.asOf ? h('button', { type: 'button', onClick: () => navigate(href(path, null, extra)) }, 'Back to now') : null,
      error ? h('span', { class: 'field-error', id: 'as-of-error', role: 'alert' }, `Error: ${error.message}`) : null,
    ),
  );
}
