/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { PEOPLE } from '../people-queries';
import { usePeopleWrite } from '../people-write';
import { ErrorNotice, field, Loading, Page, useLoad } from '../ui';
import { valueOf } from '../write';
import type { PageProps } from './context';
import { Done, ProblemSummary, problemsOf } from './people-forms';

interface PersonRow {
  id: string;
  name: string;
  email: string;
  organisation: string;
  roles: Array<{ role: string; partnershipId: string | null; grantedAt: string }>;
}
interface PeopleAnswer {
  people: PersonRow[];
  partnerships: Array<{ id: string; name: string }>;
}

const ROLES = ['admin', 'coordinator', 'contributor', 'sog', 'auditor'];
const PARTNERSHIP_ROLES = ['coordinator', 'contributor'];

function InviteForm({ onDone }: { onDone: () => void }) {
  const write = usePeopleWrite();
  const [values, setValues] = useState({ name: '', email: '', organisation: '' });
  const set = (key: keyof typeof values) => (e: Event) => setValues({ ...values, [key]: valueOf(e) });
  const input = (key: keyof typeof values, label: string, type = 'text', hint?: string) =>
    field({ id: `invite-${key}`, label, error: write.fieldErrors[key], hint }, (describedBy, invalid) =>
      h('input', { id: `invite-${key}`, type, value: values[key], autocomplete: 'off', 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: set(key) }),
    );
  return h(
    'form',
    {
      'aria-labelledby': 'invite-title',
      noValidate: true,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        if (await write.run('invitePerson', values, `${values.name} invited`)) {
          setValues({ name: '', email: '', organisation: '' });
          onDone();
        }
      },
    },
    h('h2', { id: 'invite-title' }, 'Invite a person'),
    h(ProblemSummary, { problems: problemsOf('invite', write.fieldErrors, write.error, 'email') }),
    input('name', 'Name'),
    input('email', 'Email', 'email', 'The address they sign in with; capitals do not matter'),
    input('organisation', 'Organisation', 'text', 'Council or agency, e.g. Leicestershire Police'),
    h('button', { type: 'submit', disabled: write.busy }, 'Invite'),
    h(Done, { message: write.done }),
  );
}

function RoleForm({ people, partnerships, onDone }: PeopleAnswer & { onDone: () => void }) {
  const write = usePeopleWrite();
  const [values, setValues] = useState({ personId: '', role: '', partnershipId: '' });
  const set = (key: keyof typeof values) => (e: Event) => setValues({ ...values, [key]: valueOf(e) });
  const needsPartnership = PARTNERSHIP_ROLES.includes(values.role);
  const select = (key: keyof typeof values, label: string, options: Array<[string, string]>, hint?: string) =>
    field({ id: `role-${key}`, label, error: write.fieldErrors[key], hint }, (describedBy, invalid) =>
      h('select', { id: `role-${key}`, value: values[key], 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: set(key) },
        h('option', { value: '' }, 'Choose…'),
        options.map(([value, text]) => h('option', { key: value, value }, text))),
    );
  const send = async (mutation: 'grantRole' | 'revokeRole') => {
    const person = people.find((each) => each.id === values.personId);
    const input = { personId: values.personId, role: values.role, partnershipId: needsPartnership ? values.partnershipId || null : null };
    const verb = mutation === 'grantRole' ? 'granted to' : 'revoked from';
    if (await write.run(mutation, input, `${values.role} ${verb} ${person?.name ?? 'the person'}`)) onDone();
  };
  return h(
    'form',
    { 'aria-labelledby': 'role-title', noValidate: true, onSubmit: (event: Event) => { event.preventDefault(); void send('grantRole'); } },
    h('h2', { id: 'role-title' }, 'Grant or revoke a role'),
    h(ProblemSummary, { problems: problemsOf('role', write.fieldErrors, write.error, 'personId') }),
    select('personId', 'Person', people.map((person) => [person.id, `${person.name} (${person.email})`])),
    select('role', 'Role', ROLES.map((role) => [role, role]), 'A coordinator or contributor works for one partnership'),
    needsPartnership ? select('partnershipId', 'Partnership', partnerships.map((p) => [p.id, p.name])) : null,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', disabled: write.busy }, 'Grant role'),
      ' ',
      h('button', { type: 'button', disabled: write.busy, onClick: () => void send('revokeRole') }, 'Revoke role')),
    h(Done, { message: write.done }),
  );
}

function PeopleTable({ people, partnerships }: PeopleAnswer) {
  const nameOf = (id: string | null) => (id ? (partnerships.find((p) => p.id === id)?.name ?? id) : null);
  return h(
    'table',
    null,
    h('caption', null, `${people.length} people`),
    h('thead', null, h('tr', null, ['Name', 'Email', 'Organisation', 'Roles'].map((heading) => h('th', { key: heading, scope: 'col' }, heading)))),
    h('tbody', null, people.map((person) =>
      h('tr', { key: person.id },
        h('th', { scope: 'row' }, person.name),
        h('td', null, person.email),
        h('td', null, person.organisation),
        h('td', null, person.roles.length ? person.roles.map((held) => [held.role, nameOf(held.partnershipId)].filter(Boolean).join(' of ')).join('; ') : 'No role yet')))),
  );
}

/** Administrators' screen: who is recorded, inviting people, granting and revoking roles. */
export function PeoplePage({ route }: PageProps) {
  const loaded = useLoad(() => gql<PeopleAnswer>(PEOPLE, { asOf: route.asOf }), [route.asOf]);
  return h(
    Page,
    { title: 'People and roles' },
    loaded.error ? h(ErrorNotice, { error: loaded.error }) : null,
    !loaded.data && !loaded.error ? h(Loading, null) : null,
    loaded.data ? h(PeopleTable, loaded.data) : null,
    loaded.data && !route.asOf ? h('div', { class: 'forms' }, h(InviteForm, { onDone: loaded.reload }), h(RoleForm, { ...loaded.data, onDone: loaded.reload })) : null,
  );
}
