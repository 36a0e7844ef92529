import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import { currentQuarterOf, quartersOf, ukDate } from '../figures';
import type { ActionQuery, ActionQueryVariables, HistoryQuery, HistoryQueryVariables } from '../generated/graphql-types';
import type { Action, Plan, Priority, Update } from '../model';
import { ACTION, HISTORY } from '../queries';
import { href, navigate } from '../route';
import { mayWrite } from '../session';
import { field, formatInstant, Loading, Page, RagChip, StatusChip, useLoad, ErrorNotice } from '../ui';
import { useWrite, valueOf } from '../write';
import { requireFilled, requireWholeNumber } from '../forms/checks';
import { ErrorSummary } from '../forms/error-summary';
import { fieldLabel } from '@saferplan/domain/shared/field-labels';
import type { ActionStatus } from '../model';
import type { PageProps } from './context';
import { loadTree } from './tree';

const RAG_OPTIONS = [
  { value: 'GREEN', label: 'Green: on track' },
  { value: 'AMBER', label: 'Amber: at risk' },
  { value: 'RED', label: 'Red: off track' },
];

/** The change someone else made while this form was open, shown instead of a bare "conflict". */
function ConflictNotice({ theirs, by }: { theirs: Update | undefined; by: string | undefined }) {
  return h(
    'div',
    { class: 'notice notice-warning', role: 'alert' },
    h('p', null, h('strong', null, 'Someone else updated this action while you were editing.'), ' Your entries are kept below: check them against their change and save again.'),
    theirs
      ? h('p', null, `Their change: ${theirs.quarter}, `, h(RagChip, { rag: theirs.rag }), ` ${theirs.percentComplete}% complete, "${theirs.narrative}" (recorded ${formatInstant(theirs.recordedAt)} by ${by ?? theirs.recordedBy}).`)
      : h('p', null, 'Their change did not include a quarterly update.'),
  );
}

function UpdateRow({ action, quarter }: { action: Action; quarter: string }) {
  const write = useWrite();
  const [version, setVersion] = useState(action.version);
  const [existing, setExisting] = useState(action.updates.find((u) => u.quarter === quarter));
  const [rag, setRag] = useState<string>(existing?.rag ?? '');
  const [percent, setPercent] = useState(String(existing?.percentComplete ?? action.percentComplete));
  const [narrative, setNarrative] = useState(existing?.narrative ?? '');
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [theirs, setTheirs] = useState<{ update: Update | undefined; by: string | undefined } | null>(null);
  const id = `u-${action.id}`;
  const ids = { rag: `${id}-rag`, percentComplete: `${id}-percent`, narrative: `${id}-narrative`, reason: `${id}-reason` };

  /** What is recorded now: the status badge and version follow every write, ours or another's. */
  async function refresh() {
    const { action: fresh } = await gql<ActionQuery, ActionQueryVariables>(ACTION, { id: action.id, asOf: null });
    if (!fresh) return null;
    setVersion(fresh.version);
    setStatus(fresh.status);
    setExisting(fresh.updates.find((u) => u.quarter === quarter));
    return fresh;
  }

  async function save(event: Event) {
    event.preventDefault();
    const problems = requireFilled({ rag }, ['rag']);
    requireWholeNumber(problems, 'percentComplete', percent, 0, 100);
    requireFilled({ narrative, reason }, existing ? ['narrative', 'reason'] : ['narrative'], problems);
    if (write.refuse(problems)) return;
    const input = { actionId: action.id, quarter, rag, percentComplete: Number(percent), narrative, expectedVersion: version, ...(existing ? { reason } : {}) };
    const saved = await write.run<Update>(existing ? 'correctQuarterlyUpdate' : 'recordQuarterlyUpdate', input, existing ? 'Correction saved' : 'Update saved');
    if (saved) {
      setReason('');
      setTheirs(null);
      await refresh();
    }
  }

  // On CONFLICT, fetch what is recorded now so the coordinator sees the other change, told with
  // the person's name from the action's history rather than their login id, and can save on top.
  useEffect(() => {
    if (write.error?.code !== 'CONFLICT') return;
    void Promise.all([refresh(), gql<HistoryQuery, HistoryQueryVariables>(HISTORY, { id: action.id })]).then(([fresh, { history }]) => {
      if (!fresh) return;
      const latest = [...fresh.updates].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
      const event = [...history].reverse().find((e) => e.type.startsWith('QuarterlyUpdate'));
      setTheirs({ update: latest, by: event?.actorName ?? undefined });
    });
  }, [write.error]);

  return h(
    'form',
    { class: 'update-row card', 'aria-labelledby': `${id}-title`, onSubmit: save, noValidate: true },
    h('h3', { id: `${id}-title` }, action.title),
    h(ErrorSummary, { write, ids, formId: id }),
    h('p', { class: 'meta' }, h(StatusChip, { status }), ` Lead: ${action.leadAgency}. `, existing ? `Already updated for ${quarter}: saving records a correction.` : `No update for ${quarter} yet.`),
    theirs ? h(ConflictNotice, { theirs: theirs.update, by: theirs.by }) : null,
    h(
      'div',
      { class: 'row-fields' },
      field({ id: `${id}-rag`, label: fieldLabel('rag'), error: write.fieldErrors.rag }, (describedBy, invalid) =>
        h('select', { id: `${id}-rag`, name: 'rag', value: rag, 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: (e: Event) => setRag(valueOf(e)) },
          h('option', { value: '' }, 'Choose…'),
          RAG_OPTIONS.map((o) => h('option', { key: o.value, value: o.value }, o.label))),
      ),
      field({ id: `${id}-percent`, label: fieldLabel('percentComplete'), hint: 'A whole number from 0 to 100', error: write.fieldErrors.percentComplete }, (describedBy, invalid) =>
        h('input', { id: `${id}-percent`, name: 'percentComplete', type: 'number', inputMode: 'numeric', value: percent, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setPercent(valueOf(e)) }),
      ),
    ),
    field({ id: `${id}-narrative`, label: fieldLabel('narrative'), error: write.fieldErrors.narrative }, (describedBy, invalid) =>
      h('textarea', { id: `${id}-narrative`, name: 'narrative', rows: 3, value: narrative, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setNarrative(valueOf(e)) }),
    ),
    existing
      ? field({ id: `${id}-reason`, label: 'Reason for the correction', error: write.fieldErrors.reason }, (describedBy, invalid) =>
          h('input', { id: `${id}-reason`, name: 'reason', type: 'text', value: reason, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setReason(valueOf(e)) }),
        )
      : null,
    // Twelve forms on one page: each button's name says which action it saves.
    h('button', { type: 'submit', disabled: write.busy }, existing ? `Save correction for ${quarter}` : `Save update for ${quarter}`, h('span', { class: 'visually-hidden' }, ` of ${action.title}`)),
    write.done ? h('p', { role: 'status', class: 'notice notice-ok' }, write.done) : null,
  );
}

function AddActionForm({ plan, priority, onDone }: { plan: Plan; priority: Priority; onDone: () => void }) {
  const write = useWrite();
  const [title, setTitle] = useState('');
  const [leadAgency, setLeadAgency] = useState('');
  const [leadOfficer, setLeadOfficer] = useState('');
  const id = `add-${priority.id}`;
  return h(
    'details',
    { class: 'add-action' },
    h('summary', null, `Add an action under "${priority.title}"`),
    h(
      'form',
      {
        noValidate: true,
        'aria-label': `Add an action under ${priority.title}`,
        onSubmit: async (event: Event) => {
          event.preventDefault();
          if (write.refuse(requireFilled({ title, leadAgency }, ['title', 'leadAgency']))) return;
          const input = { planId: plan.id, priorityId: priority.id, title, leadAgency, leadOfficer: leadOfficer || null };
          if (await write.run('createAction', input, 'Action added')) onDone();
        },
      },
      h(ErrorSummary, { write, ids: { title: `${id}-title`, leadAgency: `${id}-agency`, leadOfficer: `${id}-officer` }, formId: id }),
      field({ id: `${id}-title`, label: fieldLabel('title'), error: write.fieldErrors.title }, (d, invalid) =>
        h('input', { id: `${id}-title`, type: 'text', value: title, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setTitle(valueOf(e)) })),
      field({ id: `${id}-agency`, label: fieldLabel('leadAgency'), error: write.fieldErrors.leadAgency }, (d, invalid) =>
        h('input', { id: `${id}-agency`, type: 'text', value: leadAgency, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setLeadAgency(valueOf(e)) })),
      field({ id: `${id}-officer`, label: `${fieldLabel('leadOfficer')} (optional)`, error: write.fieldErrors.leadOfficer }, (d, invalid) =>
        h('input', { id: `${id}-officer`, type: 'text', value: leadOfficer, 'aria-describedby': d, 'aria-invalid': invalid, onInput: (e: Event) => setLeadOfficer(valueOf(e)) })),
      h('button', { type: 'submit', disabled: write.busy }, 'Add action'),
    ),
  );
}

/** One form per quarter: every open action of a partnership's plan, with its update for that quarter. */
export function CoordinatorPage({ route, claims }: PageProps) {
  const title = 'Quarterly updates';
  const tree = useLoad(() => loadTree(null), []);
  if (route.asOf) {
    return h(Page, { title }, h('p', null, 'Updates are entered on the present, not on a past moment. ', h('a', { href: href('/coordinator', null) }, 'Return to now to enter updates.')));
  }
  if (tree.error) return h(Page, { title }, h(ErrorNotice, { error: tree.error }));
  if (!tree.data) return h(Page, { title }, h(Loading, null));
  const plans = tree.data.flatMap((partnership) => (mayWrite(claims, partnership.id) ? partnership.plans.map((plan) => ({ partnership, plan })) : []));
  if (plans.length === 0) return h(Page, { title }, h('p', null, 'Your sign-in does not let you update any partnership’s plan.'));
  const chosen = plans.find((p) => p.plan.id === route.params.get('plan')) ?? plans[0];
  const quarters = quartersOf(chosen.plan.financialYear);
  const quarter = quarters.find((q) => q === route.params.get('quarter')) ?? currentQuarterOf(chosen.plan.financialYear, ukDate(new Date())) ?? quarters[0];
  const go = (plan: string, q: string | null) => navigate(href('/coordinator', null, { plan, quarter: q }));
  return h(
    Page,
    { title },
    h(
      'div',
      { class: 'toolbar' },
      h('div', { class: 'inline-field' }, h('label', { for: 'plan' }, 'Plan'),
        h('select', { id: 'plan', value: chosen.plan.id, onChange: (e: Event) => go(valueOf(e), null) },
          plans.map(({ partnership, plan }) => h('option', { key: plan.id, value: plan.id }, `${partnership.name}: ${plan.financialYear}`)))),
      h('div', { class: 'inline-field' }, h('label', { for: 'quarter' }, 'Quarter'),
        h('select', { id: 'quarter', value: quarter, onChange: (e: Event) => go(chosen.plan.id, valueOf(e)) }, quarters.map((q) => h('option', { key: q, value: q }, q)))),
    ),
    h('p', { class: 'explain' }, `Each action is saved on its own, so an error or a clash on one never loses the others. Completed and cancelled actions take no updates.`),
    chosen.plan.priorities.map((priority) =>
      h(
        'section',
        { key: priority.id, 'aria-labelledby': `pr-${priority.id}` },
        h('h2', { id: `pr-${priority.id}` }, priority.title),
        priority.actions
          .filter((a) => a.status !== 'COMPLETED' && a.status !== 'CANCELLED')
          .map((action) => h(UpdateRow, { key: `${action.id}-${quarter}`, action, quarter })),
        h(AddActionForm, { plan: chosen.plan, priority, onDone: tree.reload }),
      ),
    ),
  );
}
