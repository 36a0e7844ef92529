import { h } from 'preact';
import { useState } from 'preact/hooks';
import { requireFilled, type Problems } from '../forms/checks';
import { ErrorSummary } from '../forms/error-summary';
import type { ActionDetail } from '../model';
import { field } from '../ui';
import { useWrite, valueOf } from '../write';
import { fieldLabel } from '@saferplan/domain/shared/field-labels';

/** Edit the action's title and leads: an ActionEdited event, the earlier words kept in history. */
function EditActionForm({ action, onDone }: { action: ActionDetail; onDone: () => void }) {
  const write = useWrite();
  const [title, setTitle] = useState(action.title);
  const [leadAgency, setLeadAgency] = useState(action.leadAgency);
  const [leadOfficer, setLeadOfficer] = useState(action.leadOfficer ?? '');
  const ids = { title: 'edit-title', leadAgency: 'edit-agency', leadOfficer: 'edit-officer' };
  return h(
    'form',
    {
      class: 'upkeep-form',
      noValidate: true,
      'aria-labelledby': 'edit-action-title',
      onSubmit: async (event: Event) => {
        event.preventDefault();
        if (write.refuse(requireFilled({ title, leadAgency }, ['title', 'leadAgency']))) return;
        const input = { actionId: action.id, title, leadAgency, leadOfficer: leadOfficer || null, expectedVersion: action.version };
        if (await write.run('editAction', input, 'Action changed')) onDone();
      },
    },
    h('h3', { id: 'edit-action-title' }, 'Edit the action'),
    h(ErrorSummary, { write, ids, formId: 'edit-action' }),
    field({ id: ids.title, label: fieldLabel('title'), error: write.fieldErrors.title }, (d, invalid) =>
      h('input', { id: ids.title, type: 'text', value: title, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setTitle(valueOf(e)) })),
    field({ id: ids.leadAgency, label: fieldLabel('leadAgency'), error: write.fieldErrors.leadAgency }, (d, invalid) =>
      h('input', { id: ids.leadAgency, type: 'text', value: leadAgency, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setLeadAgency(valueOf(e)) })),
    field({ id: ids.leadOfficer, label: `${fieldLabel('leadOfficer')} (optional)`, error: write.fieldErrors.leadOfficer }, (d, invalid) =>
      h('input', { id: ids.leadOfficer, type: 'text', value: leadOfficer, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setLeadOfficer(valueOf(e)) })),
    h('button', { type: 'submit', disabled: write.busy }, 'Save changes to the action'),
    write.done ? h('p', { role: 'status', class: 'notice notice-ok' }, write.done) : null,
  );
}

/**
 * Closing an action cannot be undone, so each way asks for a deliberate step: completing
 * needs a confirmation, cancelling a reason that stays in the history.
 */
function CloseActionForm({ action, onDone }: { action: ActionDetail; onDone: () => void }) {
  const write = useWrite();
  const [how, setHow] = useState<'' | 'complete' | 'cancel'>('');
  const [reason, setReason] = useState('');
  const ids = { how: 'close-how', reason: 'close-reason' };
  return h(
    'form',
    {
      class: 'upkeep-form',
      noValidate: true,
      'aria-labelledby': 'close-action-title',
      onSubmit: async (event: Event) => {
        event.preventDefault();
        const problems: Problems = how ? {} : { how: 'Choose whether the action is completed or cancelled' };
        if (how === 'cancel') requireFilled({ reason }, ['reason'], problems);
        if (write.refuse(problems)) return;
        const input = how === 'cancel' ? { actionId: action.id, reason, expectedVersion: action.version } : { actionId: action.id, expectedVersion: action.version };
        if (await write.run(how === 'cancel' ? 'cancelAction' : 'completeAction', input, how === 'cancel' ? 'Action cancelled' : 'Action completed')) onDone();
      },
    },
    h('h3', { id: 'close-action-title' }, 'Complete or cancel the action'),
    h('p', { class: 'hint' }, 'A completed or cancelled action takes no more updates.'),
    h(ErrorSummary, { write, ids, formId: 'close-action' }),
    field({ id: ids.how, label: 'What happened', error: write.fieldErrors.how }, (d, invalid) =>
      h('select', { id: ids.how, value: how, 'aria-describedby': d, 'aria-invalid': invalid, onChange: (e: Event) => setHow(valueOf(e) as '' | 'complete' | 'cancel') },
        h('option', { value: '' }, 'Choose…'),
        h('option', { value: 'complete' }, 'The action is completed'),
        h('option', { value: 'cancel' }, 'The action is cancelled'))),
    how === 'cancel'
      ? field({ id: ids.reason, label: 'Reason for cancelling', error: write.fieldErrors.reason }, (d, invalid) =>
          h('textarea', { id: ids.reason, rows: 2, value: reason, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setReason(valueOf(e)) }))
      : null,
    h('button', { type: 'submit', disabled: write.busy }, how === 'cancel' ? 'Cancel the action' : 'Complete the action'),
  );
}

/** The plan-upkeep forms for one open action the person may change. */
export function ActionUpkeep({ action, onDone }: { action: ActionDetail; onDone: () => void }) {
  return h(
    'details',
    { class: 'action-upkeep' },
    h('summary', null, 'Change this action'),
    h(EditActionForm, { action, onDone }),
    h(CloseActionForm, { action, onDone }),
  );
}
