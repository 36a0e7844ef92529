import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { nextQuarter, quartersOf, ukDate } from '../figures';
import type { ActionQuery, ActionQueryVariables, HistoryQuery, HistoryQueryVariables } from '../generated/graphql-types';
import type { ActionDetail, EventRecord, Milestone } from '../model';
import { ACTION, HISTORY } from '../queries';
import { href } from '../route';
import { mayWrite } from '../session';
import { OwnerSection } from './assign-owner';
import { ErrorNotice, field, formatInstant, Loading, MilestoneChip, Page, PercentBar, RagChip, StatusChip, useLoad } from '../ui';
import { useWrite, valueOf } from '../write';
import { AuditStatus } from './audit-status';
import type { PageProps } from './context';

const UPDATE_EVENTS = ['QuarterlyUpdateRecorded', 'QuarterlyUpdateCorrected'];

function ReachMilestoneForm({ action, milestone, onDone }: { action: ActionDetail; milestone: Milestone; onDone: () => void }) {
  const write = useWrite();
  const [reachedOn, setReachedOn] = useState(ukDate(new Date()));
  const [evidence, setEvidence] = useState('');
  const id = `reach-${milestone.id}`;
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-label': `Mark "${milestone.title}" reached`,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        const input = { actionId: action.id, milestoneId: milestone.id, reachedOn, evidence: evidence || null, expectedVersion: action.version };
        if (await write.run('reachMilestone', input, 'Milestone marked reached')) onDone();
      },
    },
    field({ id: `${id}-date`, label: 'Reached on', error: write.fieldErrors.reachedOn }, (describedBy, invalid) =>
      h('input', { id: `${id}-date`, type: 'date', value: reachedOn, required: true, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setReachedOn(valueOf(e)) }),
    ),
    field({ id: `${id}-evidence`, label: 'Evidence (optional)', error: write.fieldErrors.evidence }, (describedBy, invalid) =>
      h('input', { id: `${id}-evidence`, type: 'text', value: evidence, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setEvidence(valueOf(e)) }),
    ),
    h('button', { type: 'submit', disabled: write.busy }, 'Mark reached'),
    write.error ? h(ErrorNotice, { error: write.error }) : null,
  );
}

function ScheduleMilestoneForm({ action, onDone }: { action: ActionDetail; onDone: () => void }) {
  const write = useWrite();
  const year = action.priority.plan.financialYear;
  // A milestone is due in the plan's year or a later one: offer this year and the next.
  const choices = quartersOf(year);
  while (choices.length < 8) choices.push(nextQuarter(choices[choices.length - 1]));
  const [title, setTitle] = useState('');
  const [dueQuarter, setDueQuarter] = useState(choices[0]);
  return h(
    'form',
    {
      class: 'inline-form',
      'aria-labelledby': 'schedule-title',
      onSubmit: async (event: Event) => {
        event.preventDefault();
        if (await write.run('scheduleMilestone', { actionId: action.id, title, dueQuarter, expectedVersion: action.version }, 'Milestone scheduled')) {
          setTitle('');
          onDone();
        }
      },
    },
    h('h3', { id: 'schedule-title' }, 'Schedule a milestone'),
    field({ id: 'milestone-title', label: 'Milestone', error: write.fieldErrors.title }, (describedBy, invalid) =>
      h('input', { id: 'milestone-title', type: 'text', value: title, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setTitle(valueOf(e)) }),
    ),
    field({ id: 'milestone-due', label: 'Due in quarter', error: write.fieldErrors.dueQuarter }, (describedBy, invalid) =>
      h('select', { id: 'milestone-due', value: dueQuarter, 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: (e: Event) => setDueQuarter(valueOf(e)) }, choices.map((q) => h('option', { key: q, value: q }, q))),
    ),
    h('button', { type: 'submit', disabled: write.busy }, 'Schedule'),
    write.error ? h(ErrorNotice, { error: write.error }) : null,
    write.done ? h('p', { role: 'status' }, write.done) : null,
  );
}

/** The updates as recorded, corrections included, oldest first: from the action's own events. */
function UpdateTimeline({ history }: { history: EventRecord[] }) {
  const updates = history.filter((e) => UPDATE_EVENTS.includes(e.type));
  if (updates.length === 0) return h('p', null, 'No quarterly updates recorded.');
  return h(
    'ol',
    { class: 'timeline' },
    updates.map((event) => {
      const data = JSON.parse(event.data) as { quarter: string; rag: 'GREEN' | 'AMBER' | 'RED'; percentComplete: number; narrative: string; reason?: string };
      const corrected = event.type === 'QuarterlyUpdateCorrected';
      return h(
        'li',
        { key: event.position },
        h('p', { class: 'timeline-head' }, h('strong', null, `${data.quarter}${corrected ? ' (correction)' : ''}`), ' ', h(RagChip, { rag: data.rag }), ` ${data.percentComplete}% complete`),
        h('p', null, data.narrative),
        corrected ? h('p', null, h('strong', null, 'Reason for correction: '), data.reason) : null,
        event.afterSeal ? h('p', { class: 'after-seal' }, h('strong', null, 'Recorded after the quarter was sealed: '), 'the sealed board pack shows the figures before this change.') : null,
        h('p', { class: 'meta' }, `Recorded ${formatInstant(event.recordedAt)} by ${event.actorName ?? event.actor ?? 'unknown'}`),
      );
    }),
  );
}

function HistoryTable({ history }: { history: EventRecord[] }) {
  // Focusable so a keyboard can scroll it when a phone's width makes it scroll sideways.
  return h(
    'div',
    { class: 'table-wrap', tabIndex: 0, role: 'region', 'aria-label': 'History of this action' },
    h(
      'table',
      { class: 'data' },
      h('caption', null, 'Every recorded change to this action, oldest first'),
      h('thead', null, h('tr', null, ['#', 'Change', 'Recorded', 'By', 'Details'].map((c) => h('th', { scope: 'col', key: c }, c)))),
      h(
        'tbody',
        null,
        history.map((event) =>
          h(
            'tr',
            { key: event.position },
            h('td', { class: 'num' }, event.revision + 1),
            h('th', { scope: 'row' }, event.type.replace(/([a-z])([A-Z])/g, '$1 $2'), event.afterSeal ? ' (after the seal)' : ''),
            h('td', null, formatInstant(event.recordedAt)),
            h('td', null, event.actorName ?? event.actor ?? 'unknown'),
            h('td', null, h('code', { class: 'event-data' }, event.data)),
          ),
        ),
      ),
    ),
  );
}

/** One action: status, milestones, the timeline of its updates and its full history. */
export function ActionPage({ route, claims }: PageProps) {
  const id = route.path[1];
  const loaded = useLoad(async () => {
    const [{ action }, { history }] = await Promise.all([
      gql<ActionQuery, ActionQueryVariables>(ACTION, { id, asOf: route.asOf }),
      gql<HistoryQuery, HistoryQueryVariables>(HISTORY, { id }),
    ]);
    // history has no asOf: keep only what had been recorded at the moment viewed.
    const asOfTime = route.asOf ? Date.parse(route.asOf) : Infinity;
    return { action, history: history.filter((e) => Date.parse(e.recordedAt) <= asOfTime) };
  }, [id, route.asOf]);
  if (loaded.error) return h(Page, { title: 'Action' }, h(ErrorNotice, { error: loaded.error }));
  if (!loaded.data) return h(Page, { title: 'Action' }, h(Loading, null));
  const { action, history } = loaded.data;
  if (!action) return h(Page, { title: 'Action' }, h('p', null, 'No such action was recorded at this moment.'));
  const plan = action.priority.plan;
  const writable = !route.asOf && mayWrite(claims, plan.partnership.id) && action.status !== 'COMPLETED' && action.status !== 'CANCELLED';
  return h(
    Page,
    { title: action.title },
    h('p', null, h('a', { href: href(`/partnership/${plan.partnership.id}`, route.asOf) }, plan.partnership.name), ' · ', h('a', { href: href(`/priority/${action.priority.id}`, route.asOf) }, action.priority.title), ` · ${plan.financialYear}`),
    h(
      'dl',
      { class: 'facts action-facts' },
      h('dt', null, 'Status'), h('dd', null, h(StatusChip, { status: action.status })),
      h('dt', null, 'Complete'), h('dd', null, h(PercentBar, { value: action.percentComplete, label: 'Action % complete' })),
      h('dt', null, 'Lead agency'), h('dd', null, action.leadAgency),
      h('dt', null, 'Lead officer'), h('dd', null, action.leadOfficer ?? 'Not named'),
      action.fundingSource ? [h('dt', null, 'Funding'), h('dd', null, `${action.fundingSource}${action.budget != null ? `, £${action.budget.toLocaleString('en-GB')}` : ''}`)] : null,
      h('dt', null, 'Version'), h('dd', null, action.version),
    ),
    h('h2', null, 'Milestones'),
    action.milestones.length === 0
      ? h('p', null, 'No milestones scheduled.')
      : h(
          'ul',
          { class: 'plain milestones' },
          action.milestones.map((m) =>
            h(
              'li',
              { key: m.id },
              h(MilestoneChip, { status: m.status }),
              ` ${m.title}: due ${m.dueQuarter}`,
              m.reachedOn ? `, reached ${m.reachedOn}` : '',
              m.evidence ? ` (evidence: ${m.evidence})` : '',
              writable && m.status !== 'REACHED' ? h(ReachMilestoneForm, { action, milestone: m, onDone: loaded.reload }) : null,
            ),
          ),
        ),
    writable ? h(ScheduleMilestoneForm, { action, onDone: loaded.reload }) : null,
    h(OwnerSection, { actionId: action.id, asOf: route.asOf, writable }),
    h('h2', null, 'Timeline of updates'),
    h(UpdateTimeline, { history }),
    h('h2', null, 'History'),
    h(HistoryTable, { history }),
    h(AuditStatus, { id: action.id }),
  );
}
