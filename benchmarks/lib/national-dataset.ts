import { quartersOf } from '@saferplan/domain';
import type { CommandWriter } from '../../apps/api/src/common/command-writer';
import type { CommandOptions } from '../../apps/api/src/common/command-options';
import { registerPartnership } from '../../apps/api/src/partnerships/register-partnership/register-partnership.command';
import { createActionPlan } from '../../apps/api/src/action-plans/create-action-plan/create-action-plan.command';
import { addPriority } from '../../apps/api/src/action-plans/add-priority/add-priority.command';
import { createAction } from '../../apps/api/src/actions/create-action/create-action.command';
import { scheduleMilestone } from '../../apps/api/src/actions/schedule-milestone/schedule-milestone.command';
import { reachMilestone } from '../../apps/api/src/actions/reach-milestone/reach-milestone.command';
import { recordQuarterlyUpdate } from '../../apps/api/src/actions/record-quarterly-update/record-quarterly-update.command';
import { defineIndicator } from '../../apps/api/src/indicators/define-indicator/define-indicator.command';
import { setIndicatorTarget } from '../../apps/api/src/indicators/set-indicator-target/set-indicator-target.command';
import { recordIndicatorValue } from '../../apps/api/src/indicators/record-indicator-value/record-indicator-value.command';
import { runConcurrently } from './measure';

export interface DatasetShape {
  partnerships: number;
  financialYears: string[];
  prioritiesPerPlan: number;
  actionsPerPriority: number; // per plan year
  milestonesPerAction: number;
  /** Indicators per priority per plan year; each gets a target and a value every quarter. */
  indicatorsPerPriority: number;
}

/** England and Wales: ~350 partnerships, three years, ~35,000 actions, about a million events. */
export const NATIONAL: DatasetShape = {
  partnerships: 350,
  financialYears: ['2017/18', '2018/19', '2019/20'],
  prioritiesPerPlan: 5,
  actionsPerPriority: 7,
  milestonesPerAction: 12,
  indicatorsPerPriority: 1,
};

export const QUICK: DatasetShape = {
  partnerships: 4,
  financialYears: ['2017/18'],
  prioritiesPerPlan: 3,
  actionsPerPriority: 4,
  milestonesPerAction: 3,
  indicatorsPerPriority: 1,
};

export interface Dataset {
  partnershipIds: string[];
  actionIds: string[];
  indicatorIds: string[];
  events: number;
}

const RAGS = ['GREEN', 'GREEN', 'AMBER', 'RED'] as const;

/**
 * Builds the data set through the real command path (command bus -> handler -> decide -> append
 * -> projection), dispatching from `concurrency` writers on different actions at once.
 */
/** Written through the use cases' own glue, as the API writes. */
export async function generateDataset({ writer }: { writer: CommandWriter }, shape: DatasetShape, concurrency = 16): Promise<Dataset> {
  const options: CommandOptions = { actor: 'bench-loader', actorName: 'Benchmark loader' };
  let events = 0;
  const partnershipIds: string[] = [];
  const plans: Array<{ planId: string; financialYear: string; priorityIds: string[] }> = [];

  for (let p = 0; p < shape.partnerships; p++) {
    const partnershipId = await registerPartnership(
      writer,
      { name: `Community Safety Partnership ${p + 1}`, kind: 'COMMUNITY_SAFETY_PARTNERSHIP' },
      options,
    );
    partnershipIds.push(partnershipId);
    events++;
    for (const financialYear of shape.financialYears) {
      const planId = await createActionPlan(writer, { partnershipId, financialYear, title: `Plan ${financialYear}` }, options);
      events++;
      const priorityIds: string[] = [];
      for (let q = 0; q < shape.prioritiesPerPlan; q++) {
        priorityIds.push(await addPriority(writer, { planId, title: `Priority ${q + 1}`, statutory: q === 0 }, options));
        events++;
      }
      plans.push({ planId, financialYear, priorityIds });
    }
  }

  const actionSpecs = plans.flatMap((plan) =>
    plan.priorityIds.flatMap((priorityId) =>
      Array.from({ length: shape.actionsPerPriority }, (_, a) => ({ ...plan, priorityId, a })),
    ),
  );
  const actionIds: string[] = new Array(actionSpecs.length);
  await runConcurrently(concurrency, actionSpecs.length, async (index) => {
    const spec = actionSpecs[index];
    const actionId = await createAction(
      writer,
      { planId: spec.planId, priorityId: spec.priorityId, title: `Action ${spec.a + 1}`, leadAgency: 'Police', leadOfficer: null },
      options,
    );
    actionIds[index] = actionId;
    const quarters = quartersOf(spec.financialYear);
    const milestoneIds: string[] = [];
    for (let m = 0; m < shape.milestonesPerAction; m++) {
      milestoneIds.push(await scheduleMilestone(writer, { actionId, title: `Milestone ${m + 1}`, dueQuarter: quarters[m % 4] }, options));
    }
    // Most milestones are reached; the rest stay pending or overdue.
    const reached = milestoneIds.slice(0, Math.ceil(milestoneIds.length * 0.75));
    for (const milestoneId of reached) {
      await reachMilestone(writer, { actionId, milestoneId, reachedOn: '2020-03-01' }, options);
    }
    for (const [q, quarter] of quarters.entries()) {
      await recordQuarterlyUpdate(
        writer,
        { actionId, quarter, rag: RAGS[(index + q) % RAGS.length], percentComplete: Math.min(100, 20 * (q + 1)), narrative: `Update for ${quarter}` },
        options,
      );
    }
    events += 1 + milestoneIds.length + reached.length + quarters.length;
  });
  const indicatorIds = await generateIndicators(writer, plans, shape, concurrency, options);
  events += indicatorIds.length * 9; // defined, then a target and a value for each of the four quarters
  return { partnershipIds, actionIds, indicatorIds, events };
}

/**
 * One indicator per priority (issue 18): a quarterly target and value for each quarter of the
 * plan's year, so four targets and four values a year. The domain reports indicators by quarter,
 * as it does actions, so "twelve values a year" is not expressible; the figures walk round the
 * target so the RAG takes every colour.
 */
async function generateIndicators(
  writer: CommandWriter,
  plans: Array<{ planId: string; financialYear: string; priorityIds: string[] }>,
  shape: DatasetShape,
  concurrency: number,
  options: CommandOptions,
): Promise<string[]> {
  const specs = plans.flatMap((plan) =>
    plan.priorityIds.flatMap((priorityId) => Array.from({ length: shape.indicatorsPerPriority }, (_, i) => ({ ...plan, priorityId, i }))),
  );
  const ids: string[] = new Array(specs.length);
  await runConcurrently(concurrency, specs.length, async (index) => {
    const spec = specs[index];
    const indicatorId = await defineIndicator(
      writer,
      { planId: spec.planId, priorityId: spec.priorityId, name: `Indicator ${spec.i + 1}`, unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 1000, source: 'Police' },
      options,
    );
    ids[index] = indicatorId;
    for (const [q, quarter] of quartersOf(spec.financialYear).entries()) {
      const target = 1000 - 25 * (q + 1);
      await setIndicatorTarget(writer, { indicatorId, quarter, target }, options);
      await recordIndicatorValue(writer, { indicatorId, quarter, value: target + ((index + q) % 4) * 35 - 35 }, options);
    }
  });
  return ids;
}
