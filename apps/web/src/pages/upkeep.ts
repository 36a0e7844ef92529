import { h } from 'preact';
import { gql } from '../api';
import { quartersOf } from '../figures';
import { UpkeepForm, type UpkeepFormSpec } from '../forms/upkeep-form';
import type { FundingSourcesQuery } from '../generated/graphql-types';
import type { Partnership } from '../model';
import { FUNDING_SOURCES } from '../queries';
import { mayWrite, type Claims } from '../session';
import { ErrorNotice, Loading, Page, useLoad } from '../ui';
import type { PageProps } from './context';
import { loadTree } from './tree';

const KINDS: Array<[string, string]> = [
  ['COMMUNITY_SAFETY_PARTNERSHIP', 'Community Safety Partnership'],
  ['COUNTY_STRATEGY_BOARD', 'County strategy board'],
  ['POLICE_AND_CRIME_COMMISSIONER', 'Police and Crime Commissioner'],
];

type Option = [string, string];
type Sources = FundingSourcesQuery['fundingSources'];

/** The choices each form offers, in names: partnerships, plans, priorities, actions, sources. */
function choicesOf(tree: Partnership[], claims: Claims | null, sources: Sources) {
  const own = tree.filter((p) => mayWrite(claims, p.id));
  const plans = own.flatMap((p) => p.plans.map((plan) => ({ p, plan })));
  const priorities = plans.flatMap(({ p, plan }) => plan.priorities.map((pr) => ({ p, plan, pr })));
  const actions = priorities.flatMap(({ p, plan, pr }) => pr.actions.map((a) => ({ p, plan, a })));
  const county = tree.filter((p) => p.kind !== 'COMMUNITY_SAFETY_PARTNERSHIP').flatMap((p) => p.plans.flatMap((plan) => plan.priorities.map((pr) => [pr.id, `${p.name} ${plan.financialYear}: ${pr.title}`] as Option)));
  const years = [...new Set(tree.flatMap((p) => p.plans.map((plan) => plan.financialYear)))].sort();
  const quarters = years.flatMap((y) => quartersOf(y));
  return {
    all: tree.map((p) => [p.id, p.name] as Option),
    own: own.map((p) => [p.id, p.name] as Option),
    plans: plans.map(({ p, plan }) => [plan.id, `${p.name}: ${plan.title} (${plan.financialYear})`] as Option),
    priorities: priorities.map(({ p, plan, pr }) => [pr.id, `${p.name} ${plan.financialYear}: ${pr.title}`] as Option),
    actions: actions.map(({ p, plan, a }) => [a.id, `${p.name} ${plan.financialYear}: ${a.title}`] as Option),
    county,
    quarters: quarters.map((q) => [q, q] as Option),
    sources: sources.filter((s) => mayWrite(claims, s.funder.id) || mayWrite(claims, s.recipient.id)).map((s) => [s.id, `${s.name} (${s.financialYear}, ${s.funder.name} to ${s.recipient.name})`] as Option),
  };
}

function specsOf(c: ReturnType<typeof choicesOf>, admin: boolean): Array<{ heading: string; forms: UpkeepFormSpec[] }> {
  const structure: UpkeepFormSpec[] = [
    { id: 'register', title: 'Register a partnership', mutation: 'registerPartnership', submit: 'Register the partnership', done: 'Partnership registered',
      fields: [{ name: 'name', kind: 'text' }, { name: 'kind', kind: 'select', options: KINDS }] },
    { id: 'rename', title: 'Rename a partnership', mutation: 'renamePartnership', submit: 'Record the new name', done: 'New name recorded',
      fields: [{ name: 'partnershipId', kind: 'select', options: c.all }, { name: 'name', label: 'New name', kind: 'text' }, { name: 'on', kind: 'date' }] },
    { id: 'joined', title: 'Record a member agency joining', mutation: 'recordMemberJoined', submit: 'Record the member joining', done: 'Member recorded',
      fields: [{ name: 'partnershipId', kind: 'select', options: c.all }, { name: 'agency', kind: 'text' }, { name: 'on', kind: 'date' },
        { name: 'responsibleAuthority', label: 'A responsible authority under the Crime and Disorder Act 1998', kind: 'checkbox' }, { name: 'voting', label: 'A voting member', kind: 'checkbox' }] },
    { id: 'left', title: 'Record a member agency leaving', mutation: 'recordMemberLeft', submit: 'Record the member leaving', done: 'Departure recorded',
      fields: [{ name: 'partnershipId', kind: 'select', options: c.all }, { name: 'agency', kind: 'text' }, { name: 'on', kind: 'date' }] },
    { id: 'merge', title: 'Merge two partnerships', mutation: 'mergePartnerships', submit: 'Record the merger', done: 'Merger recorded',
      fields: [{ name: 'absorbedPartnershipId', kind: 'select', options: c.all }, { name: 'intoPartnershipId', kind: 'select', options: c.all }, { name: 'on', kind: 'date' }] },
  ];
  const plans: UpkeepFormSpec[] = [
    { id: 'plan', title: 'Create an action plan', mutation: 'createActionPlan', submit: 'Create the plan', done: 'Plan created',
      fields: [{ name: 'partnershipId', kind: 'select', options: c.own }, { name: 'financialYear', kind: 'text', hint: 'For example 2018/19' }, { name: 'title', kind: 'text' }] },
    { id: 'priority', title: 'Add a priority to a plan', mutation: 'addPriority', submit: 'Add the priority', done: 'Priority added',
      fields: [{ name: 'planId', kind: 'select', options: c.plans }, { name: 'title', kind: 'text' }, { name: 'statutory', label: 'A statutory priority', kind: 'checkbox' }] },
    { id: 'align', title: 'Align a priority with a county or PCC priority', mutation: 'alignPriority', submit: 'Record the alignment', done: 'Alignment recorded',
      fields: [{ name: 'priorityId', kind: 'select', options: c.priorities }, { name: 'alignedToPriorityId', kind: 'select', options: c.county }] },
    { id: 'action', title: 'Create an action', mutation: 'createAction', submit: 'Create the action', done: 'Action created',
      fields: [{ name: 'planId', kind: 'select', options: c.plans }, { name: 'priorityId', kind: 'select', options: c.priorities }, { name: 'title', kind: 'text' },
        { name: 'leadAgency', kind: 'text' }, { name: 'leadOfficer', kind: 'text', optional: true }, { name: 'budget', kind: 'amount', optional: true, hint: 'In pounds, such as 1500' }] },
  ];
  const funding: UpkeepFormSpec[] = [
    { id: 'source', title: 'Register a funding source', mutation: 'registerFundingSource', submit: 'Register the funding', done: 'Funding source registered',
      fields: [{ name: 'funderPartnershipId', kind: 'select', options: c.own }, { name: 'recipientPartnershipId', kind: 'select', options: c.all }, { name: 'name', kind: 'text' },
        { name: 'financialYear', kind: 'text', hint: 'For example 2018/19' }, { name: 'amount', kind: 'amount', hint: 'In pounds' }] },
    { id: 'allocate', title: 'Allocate funding to an action', mutation: 'allocateFunding', submit: 'Allocate the funding', done: 'Allocation recorded',
      fields: [{ name: 'fundingSourceId', kind: 'select', options: c.sources }, { name: 'actionId', kind: 'select', options: c.actions }, { name: 'amount', kind: 'amount', hint: 'In pounds' }] },
    { id: 'spend', title: 'Record spend against an allocation', mutation: 'recordFundingSpend', submit: 'Record the spend', done: 'Spend recorded',
      fields: [{ name: 'fundingSourceId', kind: 'select', options: c.sources }, { name: 'actionId', kind: 'select', options: c.actions }, { name: 'quarter', kind: 'select', options: c.quarters }, { name: 'amount', kind: 'amount', hint: 'In pounds' }] },
  ];
  return [...(admin ? [{ heading: 'Partnerships and their structure', forms: structure }] : []), { heading: 'Plans, priorities and actions', forms: plans }, { heading: 'Funding', forms: funding }];
}

/** Every plan-upkeep operation of the API as a form, for the partnerships the person may change. */
export function UpkeepPage({ route, claims }: PageProps) {
  const title = 'Plan upkeep';
  const loaded = useLoad(async () => {
    const [tree, { fundingSources }] = await Promise.all([loadTree(null), gql<FundingSourcesQuery>(FUNDING_SOURCES)]);
    return { tree, fundingSources };
  }, []);
  if (route.asOf) return h(Page, { title }, h('p', null, 'Plans are changed on the present, not on a past moment.'));
  if (loaded.error) return h(Page, { title }, h(ErrorNotice, { error: loaded.error }));
  if (!loaded.data) return h(Page, { title }, h(Loading, null));
  const admin = !!claims?.roles.includes('admin');
  const choices = choicesOf(loaded.data.tree, claims, loaded.data.fundingSources);
  if (!admin && choices.own.length === 0) return h(Page, { title }, h('p', { class: 'permission-note' }, 'Your sign-in lets you read plans, not change them: coordinators and administrators keep them up to date.'));
  return h(
    Page,
    { title },
    h('p', { class: 'explain' }, 'Each form records one change; the earlier record stays in the history.'),
    specsOf(choices, admin).map((section) =>
      h('section', { key: section.heading, 'aria-labelledby': `upkeep-${section.forms[0].id}` },
        h('h2', { id: `upkeep-${section.forms[0].id}` }, section.heading),
        section.forms.map((spec) => h(UpkeepForm, { key: spec.id, spec, onDone: loaded.reload }))),
    ),
  );
}
