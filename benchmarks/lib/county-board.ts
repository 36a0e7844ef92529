import { registerPartnership } from '../../apps/api/src/partnerships/register-partnership/register-partnership.command';
import { createActionPlan } from '../../apps/api/src/action-plans/create-action-plan/create-action-plan.command';
import { addPriority } from '../../apps/api/src/action-plans/add-priority/add-priority.command';
import { alignPriority } from '../../apps/api/src/action-plans/align-priority/align-priority.command';
import type { CommandWriter } from '../../apps/api/src/common/command-writer';
import { runConcurrently } from './measure';

/**
 * A county strategy board with a plan for `financialYear` and five priorities, each with every
 * partnership's priority of the same rank that year aligned to it (350 partnerships: 1,750
 * aligned rows): what `countyProgress` adds up. Through the command path, as the API writes.
 */
export async function countyBoard({ writer }: { writer: CommandWriter }, partnershipIds: string[], financialYear: string): Promise<string> {
  const options = { actor: 'bench-loader', actorName: 'Benchmark loader' };
  const boardId = await registerPartnership(writer, { name: 'County Strategy Board', kind: 'COUNTY_STRATEGY_BOARD' }, options);
  const planId = await createActionPlan(writer, { partnershipId: boardId, financialYear, title: 'County plan' }, options);
  const countyPriorities: string[] = [];
  for (let q = 0; q < 5; q++) countyPriorities.push(await addPriority(writer, { planId, title: `County priority ${q + 1}`, statutory: false }, options));
  const live = writer.live();
  const alignments = partnershipIds.flatMap((partnershipId) => {
    const plan = live.partnership(partnershipId)!.planIds.map((id) => live.actionPlan(id)!).find((each) => each.financialYear === financialYear)!;
    return plan.priorityIds.map((priorityId, q) => ({ priorityId, alignedToPriorityId: countyPriorities[q % 5] }));
  });
  await runConcurrently(16, alignments.length, (index) => alignPriority(writer, alignments[index], options).then(() => undefined));
  return boardId;
}

/** The board's progress as its officers read it: each county priority and every aligned partnership priority. */
export const countyProgressQuery = (financialYear: string) =>
  `query($b: ID!) { countyProgress(boardId: $b, financialYear: "${financialYear}") { priority { id title } progress { actions percentComplete } aligned { partnership { id name } priority { id title } progress { actions completed onTrack atRisk offTrack notStarted milestonesOverdue percentComplete } } } }`;
