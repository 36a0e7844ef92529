/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { ACTION_OWNER, PEOPLE } from '../people-queries';
import { usePeopleWrite } from '../people-write';
import { field, useLoad } from '../ui';
import { valueOf } from '../write';
import { Done, ProblemSummary, problemsOf } from './people-forms';

type Owner = { id: string; name: string; organisation: string } | null;

/** On the action page: who owns the action (the lead officer text stays beside it) and, for its coordinator or an admin, a form to change that. */
export function OwnerSection({ actionId, asOf, writable }: { actionId: string; asOf: string | null; writable: boolean }) {
  const owner = useLoad(() => gql<{ action: { owner: Owner } | null }>(ACTION_OWNER, { id: actionId, asOf }), [actionId, asOf]);
  const current = owner.data?.action?.owner ?? null;
  return h(
    'section',
    { 'aria-labelledby': 'owner-title' },
    h('h2', { id: 'owner-title' }, 'Owner'),
    h('p', null, current ? `${current.name}, ${current.organisation}` : 'Nobody owns this action yet.'),
    writable ? h(AssignOwnerForm, { actionId, onDone: owner.reload }) : null,
  );
}

function AssignOwnerForm({ actionId, onDone }: { actionId: string; onDone: () => void }) {
  const people = useLoad(() => gql<{ people: Array<{ id: string; name: string; organisation: string }> }>(PEOPLE, { asOf: null }), []);
  const write = usePeopleWrite();
  const [personId, setPersonId] = useState('');
  return h(
    'form',
    {
      'aria-label': 'Assign an owner',
      noValidate: true,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        const name = people.data?.people.find((person) => person.id === personId)?.name ?? 'The person';
        if (await write.run('assignActionOwner', { actionId, personId }, `${name} now owns this action`)) onDone();
      },
    },
    h(ProblemSummary, { problems: problemsOf('owner', write.fieldErrors, write.error, 'personId') }),
    field({ id: 'owner-personId', label: 'Person who owns this action', error: write.fieldErrors.personId }, (describedBy, invalid) =>
      h('select', { id: 'owner-personId', value: personId, 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: (e: Event) => setPersonId(valueOf(e)) },
        h('option', { value: '' }, 'Choose…'),
        (people.data?.people ?? []).map((person) => h('option', { key: person.id, value: person.id }, `${person.name}, ${person.organisation}`))),
    ),
    h('button', { type: 'submit', disabled: write.busy }, 'Assign owner'),
    h(Done, { message: write.done }),
  );
}
