import { h } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { nextQuarter, quartersOf } from '../figures';
import { requireFilled } from '../forms/checks';
import { ErrorSummary } from '../forms/error-summary';
import type { ActionQuery, ActionQueryVariables, HistoryQuery, HistoryQueryVariables } from '../generated/graphql-types';
import { ActionHistory } from '../history/action-history';
import type { ActionDetail, EventRecord, Milestone } from '../model';
import { ACTION, HISTORY } from '../queries';
import { href } from '../route';
import { mayWrite, type Claims } from '../session';
import { OwnerSection } from './assign-owner';
import { ErrorNotice, field, formatInstant, Loading, MilestoneChip, Page, PercentBar, RagChip, StatusChip, useLoad } from '../ui';
import { parseUkDay } from '../uk-date';
import { useWrite, valueOf } from '../write';
import { fieldLabel } from '@saferplan/domain/shared/field-labels';
import { longUkDate } from '@saferplan/domain/shared/financial-year';
import { AuditStatus } from './audit-status';
import { ActionUpkeep } from './action-upkeep';
import type { PageProps } from './context';

const UPDATE_EVENTS = ['QuarterlyUpdateRecorded', 'QuarterlyUpdateCorrected'];

/**
 * Reaching a milestone is a claim an auditor will check: no date is assumed (a default of
 * today once recorded a 2017 milestone as reached in 2026), the person confirms it, and says
 * what shows it.
 */
function ReachMilestoneForm({ action, milestone, onDone }: { action: ActionDetail; milestone: Milestone; onDone: () => void }) {
  const write = useWrite();
  const [reachedOn, setReachedOn] = useState('');
  const [evidence, setEvidence] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const id = `reach-${milestone.id}`;
  const ids = { reachedOn: `${id}-date`, evidence: `${id}-evidence`, confirmed: `${id}-confirm` };
  return h(
    'form',
    {
      class: 'upkeep-form',
      noValidate: true,
      'aria-label': `Mark "${milestone.title}" reached`,
      onSubmit: async (event: Event) => {
        event.preventDefault();
        const problems = requireFilled({ reachedOn }, ['reachedOn']);
        const day = reachedOn.trim() ? parseUkDay(reachedOn) : null;
        if (day && 'field' in day) problems.reachedOn = day.message;
        if (!confirmed) problems.confirmed = `Confirm the date above is when "${milestone.title}" was reached`;
        if (write.refuse(problems)) return;
        const input = { actionId: action.id, milestoneId: milestone.id, reachedOn: day && 'day' in day ? day.day : reachedOn, evidence: evidence || null, expectedVersion: action.version };
        if (await write.run('reachMilestone', input, 'Milestone marked reached')) onDone();
      },
    },
    h(ErrorSummary, { write, ids, formId: id }),
    field({ id: ids.reachedOn, label: fieldLabel('reachedOn'), hint: `Day/month/year, for example 20/3/2018: the day it was reached, on or after the plan's year began (${longUkDate(`${action.priority.plan.financialYear.slice(0, 4)}-04-01`)})`, error: write.fieldErrors.reachedOn }, (describedBy, invalid) =>
      h('input', { id: ids.reachedOn, type: 'text', inputMode: 'numeric', autocomplete: 'off', class: 'date-entry', value: reachedOn, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setReachedOn(valueOf(e)) }),
    ),
    field({ id: ids.evidence, label: `${fieldLabel('evidence')} (optional)`, hint: 'What shows it was reached, such as the minutes of a meeting', error: write.fieldErrors.evidence }, (describedBy, invalid) =>
      h('input', { id: ids.evidence, type: 'text', value: evidence, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setEvidence(valueOf(e)) }),
    ),
    h(
      'div',
      { class: `checkbox-field${write.fieldErrors.confirmed ? ' field-invalid' : ''}` },
      h('input', { id: ids.confirmed, type: 'checkbox', checked: confirmed, 'aria-invalid': !!write.fieldErrors.confirmed, 'aria-describedby': write.fieldErrors.confirmed ? `${ids.confirmed}-error` : undefined, onChange: (e: Event) => setConfirmed((e.target as HTMLInputElement).checked) }),
      h('label', { for: ids.confirmed }, `I confirm the date above is when "${milestone.title}" was reached`),
      write.fieldErrors.confirmed ? h('span', { id: `${ids.confirmed}-error`, class: 'field-error' }, `Error: ${write.fieldErrors.confirmed}`) : null,
    ),
    h('button', { type: 'submit', disabled: write.busy }, 'Mark reached', h('span', { class: 'visually-hidden' }, ` for ${milestone.title}`)),
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
  const ids = { title: 'milestone-title', dueQuarter: 'milestone-due' };
  return h(
    'form',
    {
      class: 'upkeep-form',
      noValidate: true,
      'aria-labelledby': 'schedule-title',
      onSubmit: async (event: Event) => {
        event.preventDefault();
        if (write.refuse(requireFilled({ title }, ['title']))) return;
        if (await write.run('scheduleMilestone', { actionId: action.id, title, dueQuarter, expectedVersion: action.version }, 'Milestone scheduled')) {
          setTitle('');
          onDone();
        }
      },
    },
    h('h3', { id: 'schedule-title' }, 'Schedule a milestone'),
    h(ErrorSummary, { write, ids, formId: 'schedule' }),
    field({ id: ids.title, label: 'Milestone', error: write.fieldErrors.title }, (describedBy, invalid) =>
      h('input', { id: ids.title, type: 'text', value: title, 'aria-describedby': describedBy, 'aria-invalid': invalid, onInput: (e: Event) => setTitle(valueOf(e)) }),
    ),
    field({ id: ids.dueQuarter, label: fieldLabel('dueQuarter'), error: write.fieldErrors.dueQuarter }, (describedBy, invalid) =>
      h('select', { id: ids.dueQuarter, value: dueQuarter, 'aria-describedby': describedBy, 'aria-invalid': invalid, onChange: (e: Event) => setDueQuarter(valueOf(e)) }, choices.map((q) => h('option', { key: q, value: q }, q))),
    ),
    h('button', { type: 'submit', disabled: write.busy }, 'Schedule'),
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

/** Audit verification is the oversight roles' tool: others are told so instead of shown a refusal. */
const mayVerify = (claims: Claims | null) => !!claims && claims.roles.some((role) => role !== 'coordinator');

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
  const open = action.status !== 'COMPLETED' && action.status !== 'CANCELLED';
  const writable = !route.asOf && mayWrite(claims, plan.partnership.id) && open;
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
    !writable && !route.asOf && open ? h('p', { class: 'permission-note' }, 'You can read this action; changes to it are made by its partnership’s coordinators.') : null,
    writable ? h(ActionUpkeep, { action, onDone: loaded.reload }) : null,
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
              m.reachedOn ? `, reached ${longUkDate(m.reachedOn)}` : '',
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
    h(ActionHistory, { history, action }),
    mayVerify(claims)
      ? h(AuditStatus, { id: action.id })
      : h('section', { 'aria-labelledby': 'audit-title', class: 'card' }, h('h2', { id: 'audit-title' }, 'Audit verification'), h('p', { class: 'permission-note' }, 'Verifying the audit trail is for the senior officer group, auditors and administrators.')),
  );
}
