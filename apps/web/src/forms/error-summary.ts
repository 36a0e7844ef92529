/// <reference lib="dom" />
import './forms.css';
import { h } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Write } from '../write';
import { fieldLabel } from '@saferplan/domain/shared/field-labels';

/**
 * The GOV.UK error summary: every error of the form listed above it, each a link to its
 * field, focused and announced (role=alert) whenever a save is refused, so Enter on a bad form
 * leaves the keyboard on the list of what to fix rather than on <body>.
 * `ids` maps an input field name (as the API names it) to the id of its control.
 */
export function ErrorSummary({ write, ids, formId }: { write: Write; ids: Record<string, string>; formId: string }) {
  const general = write.error && write.error.code !== 'CONFLICT' ? write.error.message : null;
  return h(FieldErrorSummary, { errors: write.fieldErrors, general, attempt: write.attempt, ids, formId });
}

/** The summary for a form that keeps its own errors (sign-in): `attempt` changes on each refusal. */
export function FieldErrorSummary({ errors, general, attempt, ids, formId }: { errors: Record<string, string>; general?: string | null; attempt: number; ids: Record<string, string>; formId: string }) {
  const box = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const shown = entries.length > 0 || !!general;
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  const headingId = `${formId}-problem`;
  return h(
    'div',
    { ref: box, class: 'error-summary', role: 'alert', tabIndex: -1, 'aria-labelledby': headingId },
    h('h2', { id: headingId, class: 'error-summary-title' }, 'There is a problem'),
    h(
      'ul',
      { class: 'error-summary-list' },
      entries.map(([field, message]) => {
        const target = ids[field];
        return h(
          'li',
          { key: field },
          target
            ? h('a', { href: `#${target}`, onClick: (event: Event) => focusField(event, target) }, message)
            : `${fieldLabel(field)}: ${message}`,
        );
      }),
      general ? h('li', { key: '-general' }, general) : null,
    ),
  );
}

/** The hash is the app's route: follow the link by focusing the field, not by navigating. */
function focusField(event: Event, id: string): void {
  event.preventDefault();
  const control = document.getElementById(id);
  control?.focus();
  control?.scrollIntoView({ block: 'center' });
}
