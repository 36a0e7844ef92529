import type { ActionSpec, DemoData, IndicatorSpec, PlanSpec } from './data/demo-data.types';
import type { DemoStep } from './demo-step';

/** '2017-07-14 10:30' -> '2017-07-14T10:30:00Z' */
const instant = (when: string): string => `${when.replace(' ', 'T')}:00Z`;
const ref = (name: string): string => `@${name}`;

/** A session's clock: each call answers the next instant, `minutesApart` after the last. */
function clock(from: string, minutesApart = 1): () => string {
  let at = Date.parse(instant(from));
  return () => {
    const now = new Date(at).toISOString().replace('.000Z', 'Z');
    at += minutesApart * 60_000;
    return now;
  };
}

/**
 * Turns the demo's data into the steps the loader replays: the 2017/18 story merged into one
 * timeline (a stable sort, so steps that share an instant keep the order they were written in),
 * then the later structure changes.
 */
export function compileDemo(data: DemoData): DemoStep[] {
  const quarter = (q: string): string => `${data.financialYear} ${q}`;
  const story = [
    ...registrationSteps(data),
    ...data.plans.flatMap((plan) => planSteps(plan, data.financialYear, quarter)),
    ...alignmentSteps(data),
    ...fundingSteps(data, quarter),
    ...(data.indicators ?? []).flatMap((indicator) => indicatorSteps(data, indicator, quarter)),
  ];
  const structure = [...data.structureChanges, ...(data.people ?? [])].map((step) => ({ ...step, at: instant(step.at) }));
  return story
    .map((step, order) => ({ step, order }))
    .sort((a, b) => (a.step.at < b.step.at ? -1 : a.step.at > b.step.at ? 1 : a.order - b.order))
    .map(({ step }) => step)
    .concat(structure);
}

function registrationSteps({ registration: session }: DemoData): DemoStep[] {
  const next = clock(session.from, session.minutesApart);
  return session.items.map(([as, name, kind]) => ({ at: next(), actor: session.actor, mutation: 'registerPartnership', input: { name, kind }, as }));
}

function alignmentSteps({ alignment: session }: DemoData): DemoStep[] {
  const next = clock(session.from, session.minutesApart);
  return session.items.map(([priority, target]) => ({
    at: next(),
    actor: session.actor,
    mutation: 'alignPriority',
    input: { priorityId: ref(priority), alignedToPriorityId: ref(target) },
  }));
}

/** A whole plan's story: the drafting session first, then every later event at its own time. */
function planSteps(plan: PlanSpec, financialYear: string, quarter: (q: string) => string): DemoStep[] {
  const next = clock(plan.draftedFrom);
  const actor = plan.actor;
  const drafting: DemoStep[] = [
    { at: next(), actor, mutation: 'createActionPlan', input: { partnershipId: ref(plan.partnership), financialYear, title: plan.title }, as: plan.as },
    ...plan.priorities.map((p): DemoStep => ({ at: next(), actor, mutation: 'addPriority', input: { planId: ref(plan.as), title: p.title, statutory: p.statutory }, as: p.as })),
  ];
  for (const a of plan.actions) {
    drafting.push({
      at: next(),
      actor,
      mutation: 'createAction',
      input: {
        planId: ref(plan.as),
        priorityId: ref(a.priority),
        title: a.title,
        leadAgency: a.leadAgency,
        leadOfficer: a.leadOfficer ?? null,
        fundingSource: a.fundingSource ?? null,
        budget: a.budget ?? null,
      },
      as: a.as,
    });
    for (const m of a.milestones ?? []) {
      drafting.push({ at: next(), actor, mutation: 'scheduleMilestone', input: { actionId: ref(a.as), title: m.title, dueQuarter: m.due }, as: m.as });
    }
  }
  return [...drafting, ...plan.actions.flatMap((a) => actionStory(a, actor, quarter))];
}

/** What happens to an action after drafting: milestones reached, updates, correction, closing. */
function actionStory(a: ActionSpec, actor: string, quarter: (q: string) => string): DemoStep[] {
  const actionId = ref(a.as);
  const out: DemoStep[] = [];
  for (const m of a.milestones ?? []) {
    if (!m.reached) continue;
    const [reachedOn, at, evidence] = m.reached;
    out.push({ at: instant(at), actor, mutation: 'reachMilestone', input: { actionId, milestoneId: ref(m.as), reachedOn, evidence } });
  }
  for (const [q, at, rag, percentComplete, narrative] of a.updates ?? []) {
    out.push({ at: instant(at), actor, mutation: 'recordQuarterlyUpdate', input: { actionId, quarter: quarter(q), rag, percentComplete, narrative } });
  }
  if (a.correction) {
    const { q, at, rag, pct, narrative, reason } = a.correction;
    out.push({
      at: instant(at),
      actor,
      mutation: 'correctQuarterlyUpdate',
      input: { actionId, quarter: quarter(q), rag, percentComplete: pct, narrative, reason },
    });
  }
  if (a.completed) out.push({ at: instant(a.completed), actor, mutation: 'completeAction', input: { actionId } });
  if (a.cancelled) out.push({ at: instant(a.cancelled.at), actor, mutation: 'cancelAction', input: { actionId, reason: a.cancelled.reason } });
  return out;
}

/** The PCC's money: each fund registered, allocated to its open actions, then (if asked) spent. */
function fundingSteps(data: DemoData, quarter: (q: string) => string): DemoStep[] {
  const { actor, funder, from, funds } = data.funding;
  const next = clock(from);
  const out: DemoStep[] = [];
  for (const fund of funds) {
    const plan = data.plans.find((p) => p.as === fund.plan);
    if (!plan) throw new Error(`demo data: fund ${fund.as} names no plan ${fund.plan}`);
    const fundingSourceId = ref(fund.as);
    out.push({
      at: next(),
      actor,
      mutation: 'registerFundingSource',
      input: { name: fund.source, funderPartnershipId: ref(funder), recipientPartnershipId: ref(fund.recipient), financialYear: data.financialYear, amount: fund.amount },
      as: fund.as,
    });
    // Closed actions take no further steps (the demo's own rule), so only open ones are funded here.
    const funded = plan.actions.filter((a) => a.fundingSource === fund.source && a.budget && !a.completed && !a.cancelled);
    for (const a of funded) {
      out.push({ at: next(), actor, mutation: 'allocateFunding', input: { fundingSourceId, actionId: ref(a.as), amount: a.budget! } });
    }
    if (!fund.spend) continue;
    for (const a of funded) {
      const last = a.updates?.[a.updates.length - 1];
      const spent = last ? Math.round((a.budget! * last[3]) / 100) : 0;
      if (spent === 0) continue;
      out.push({ at: next(), actor: plan.actor, mutation: 'recordFundingSpend', input: { fundingSourceId, actionId: ref(a.as), quarter: quarter(last![0]), amount: spent } });
    }
  }
  return out;
}

/** An indicator defined by its plan's actor, its targets a minute apart, then each value when reported. */
function indicatorSteps(data: DemoData, spec: IndicatorSpec, quarter: (q: string) => string): DemoStep[] {
  const plan = data.plans.find((p) => p.as === spec.plan);
  if (!plan) throw new Error(`demo data: indicator ${spec.as} names no plan ${spec.plan}`);
  const { actor } = plan;
  const next = clock(spec.defined);
  const indicatorId = ref(spec.as);
  const out: DemoStep[] = [
    {
      at: next(),
      actor,
      mutation: 'defineIndicator',
      input: {
        planId: ref(spec.plan),
        priorityId: spec.priority === null ? null : ref(spec.priority),
        name: spec.name,
        unit: spec.unit,
        polarity: spec.polarity,
        baseline: spec.baseline,
        source: spec.source,
        amberTolerancePercent: spec.amberTolerancePercent ?? null,
        aggregation: spec.aggregation ?? null,
      },
      as: spec.as,
    },
    ...spec.targets.map(([q, target]): DemoStep => ({ at: next(), actor, mutation: 'setIndicatorTarget', input: { indicatorId, quarter: quarter(q), target } })),
  ];
  for (const [q, at, value, note] of spec.values ?? []) {
    out.push({ at: instant(at), actor, mutation: 'recordIndicatorValue', input: { indicatorId, quarter: quarter(q), value, note } });
  }
  if (spec.correction) {
    const { q, at, value, reason } = spec.correction;
    out.push({ at: instant(at), actor, mutation: 'correctIndicatorValue', input: { indicatorId, quarter: quarter(q), value, note: null, reason } });
  }
  return out;
}
