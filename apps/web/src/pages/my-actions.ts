/// <reference lib="dom" />
import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { MY_ACTIONS } from '../people-queries';
import { usePeopleWrite } from '../people-write';
import { href } from '../route';
import { ErrorNotice, field, Loading, Page, useLoad } from '../ui';
import { valueOf } from '../write';
import type { PageProps } from './context';
import { Done, ProblemSummary, problemsOf } from './people-forms';

interface Owed {
  quarter: string;
  dueBy: string;
}
interface MyAction {
  owned: boolean;
  coordinated: boolean;
  quarter: string;
  late: boolean;
  action: { id: string; title: string; leadAgency: string; status: string; version: number };
  updateDue: Owed | null;
  lateUpdates: Owed[];
  milestonesDue: Array<{ id: string; title: string; dueQuarter: string }>;
  lateMilestones: Array<{ id: string; title: string; dueQuarter: string }>;
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The quarterly update for the quarter owed first (a late one before the one now due). */
function UpdateForm({ mine, onDone }: { mine: MyAction; onDone: () => void }) {
  const write = usePeopleWrite();
  const quarter = mine.lateUpdates[0]?.quarter ?? mine.updateDue?.quarter;
  const [values, setValues] = useState({ rag: '', percentComplete: '', narrative: '' });
  if (!quarter) return null;
  const id = `update-${mine.action.id}`;
  const set = (key: keyof typeof values) => (e: Event) => setValues({ ...values, [key]: valueOf(e) });
  return h(
    'form',
    {
      'aria-label': `Quarterly update for ${quarter}: ${mine.action.title}`,
      noValidate: true,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        const input = { actionId: mine.action.id, quarter, rag: values.rag, percentComplete: Number(values.percentComplete), narrative: values.narrative };
        if (await write.run('recordQuarterlyUpdate', input, `Update for ${quarter} recorded`)) onDone();
      },
    },
    h(ProblemSummary, { problems: problemsOf(id, write.fieldErrors, write.error, 'rag') }),
    field({ id: `${id}-rag`, label: 'RAG status', error: write.fieldErrors.rag }, (describedBy, invalid) =>
      h('select', { id: `${id}-rag`, value: values.rag, 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: set('rag') },
        h('option', { value: '' }, 'Choose…'), h('option', { value: 'GREEN' }, 'Green: on track'), h('option', { value: 'AMBER' }, 'Amber: at risk'), h('option', { value: 'RED' }, 'Red: off track')),
    ),
    field({ id: `${id}-percentComplete`, label: '% complete', error: write.fieldErrors.percentComplete }, (describedBy, invalid) =>
      h('input', { id: `${id}-percentComplete`, type: 'number', min: 0, max: 100, value: values.percentComplete, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: set('percentComplete') }),
    ),
    field({ id: `${id}-narrative`, label: 'Narrative', error: write.fieldErrors.narrative }, (describedBy, invalid) =>
      h('textarea', { id: `${id}-narrative`, rows: 3, value: values.narrative, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: set('narrative') }),
    ),
    h('button', { type: 'submit', disabled: write.busy }, `Record the ${quarter} update`),
    h(Done, { message: write.done }),
  );
}

function MyActionCard({ mine, writable, onDone }: { mine: MyAction; writable: boolean; onDone: () => void }) {
  const headingId = `mine-${mine.action.id}`;
  const why = [mine.owned ? 'you own it' : null, mine.coordinated ? 'you coordinate its partnership' : null].filter(Boolean).join(' and ');
  return h(
    'article',
    { class: 'card', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, h('a', { href: href(`/action/${mine.action.id}`, null) }, mine.action.title)),
    h('p', null, `${mine.action.leadAgency}; on your list because ${why}.`),
    mine.late ? h('p', { class: 'notice notice-error' }, 'Late') : null,
    h('ul', null,
      mine.lateUpdates.map((owed) => h('li', { key: owed.quarter }, `Late: the ${owed.quarter} update was due by ${day(owed.dueBy)}`)),
      mine.updateDue ? h('li', null, `Due: the ${mine.updateDue.quarter} update, by ${day(mine.updateDue.dueBy)}`) : null,
      mine.lateMilestones.map((m) => h('li', { key: m.id }, `Late milestone: ${m.title} (due ${m.dueQuarter})`)),
      mine.milestonesDue.map((m) => h('li', { key: m.id }, `Milestone due this quarter: ${m.title}`)),
      !mine.late && !mine.updateDue && !mine.milestonesDue.length ? h('li', null, 'Nothing due') : null),
    writable ? h(UpdateForm, { mine, onDone }) : null,
  );
}

/** "My actions": every open action I own or coordinate, what is due this quarter and by when, what is late. */
export function MyActionsPage({ route }: PageProps) {
  const loaded = useLoad(() => gql<{ myActions: MyAction[] }>(MY_ACTIONS, { asOf: route.asOf }), [route.asOf]);
  const list = loaded.data?.myActions ?? [];
  return h(
    Page,
    { title: 'My actions' },
    loaded.error ? h(ErrorNotice, { error: loaded.error }) : null,
    !loaded.data && !loaded.error ? h(Loading, null) : null,
    loaded.data && !list.length ? h('p', null, 'You own no open actions and coordinate no partnership with any.') : null,
    loaded.data ? h('p', null, `${list.length} actions, ${list.filter((mine) => mine.late).length} with something late.`) : null,
    list.map((mine) => h(MyActionCard, { key: mine.action.id, mine, writable: !route.asOf, onDone: loaded.reload })),
  );
}
