import type { ApiHarness } from './api-harness';

/**
 * The contract's mutations (docs/graphql-contract.md) as small typed calls, so scenarios read as
 * the coordinator's steps.
 */
export function planningSteps(api: ApiHarness) {
  return {
    registerPartnership: async (name: string, kind: string) =>
      (await api.ok(`mutation($i: RegisterPartnershipInput!) { registerPartnership(input: $i) { id version } }`, { i: { name, kind } }))
        .registerPartnership.id as string,
    createActionPlan: async (partnershipId: string, financialYear: string, title: string) =>
      (await api.ok(`mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }`, { i: { partnershipId, financialYear, title } }))
        .createActionPlan.id as string,
    addPriority: async (planId: string, title: string, statutory = false) =>
      (await api.ok(`mutation($i: AddPriorityInput!) { addPriority(input: $i) { id } }`, { i: { planId, title, statutory } }))
        .addPriority.id as string,
    alignPriority: async (priorityId: string, alignedToPriorityId: string) =>
      api.ok(`mutation($i: AlignPriorityInput!) { alignPriority(input: $i) { id } }`, { i: { priorityId, alignedToPriorityId } }),
    createAction: async (planId: string, priorityId: string, title: string, leadAgency = 'NWLDC', leadOfficer: string | null = null) =>
      (await api.ok(`mutation($i: CreateActionInput!) { createAction(input: $i) { id status percentComplete version } }`, {
        i: { planId, priorityId, title, leadAgency, leadOfficer },
      })).createAction.id as string,
    scheduleMilestone: async (actionId: string, title: string, dueQuarter: string) =>
      (await api.ok(`mutation($i: ScheduleMilestoneInput!) { scheduleMilestone(input: $i) { id status } }`, { i: { actionId, title, dueQuarter } }))
        .scheduleMilestone.id as string,
    reachMilestone: async (actionId: string, milestoneId: string, reachedOn: string) =>
      api.ok(`mutation($i: ReachMilestoneInput!) { reachMilestone(input: $i) { id status reachedOn } }`, { i: { actionId, milestoneId, reachedOn } }),
    recordUpdate: async (actionId: string, quarter: string, rag: string, percentComplete: number, narrative = 'On plan') =>
      api.ok(`mutation($i: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $i) { quarter rag percentComplete } }`, {
        i: { actionId, quarter, rag, percentComplete, narrative },
      }),
    correctUpdate: async (actionId: string, quarter: string, rag: string, percentComplete: number, reason: string) =>
      api.ok(`mutation($i: CorrectQuarterlyUpdateInput!) { correctQuarterlyUpdate(input: $i) { quarter rag percentComplete correctionReason } }`, {
        i: { actionId, quarter, rag, percentComplete, narrative: 'Corrected figures', reason },
      }),
    completeAction: async (actionId: string) =>
      api.ok(`mutation($i: CompleteActionInput!) { completeAction(input: $i) { id status percentComplete } }`, { i: { actionId } }),
    cancelAction: async (actionId: string, reason: string) =>
      api.ok(`mutation($i: CancelActionInput!) { cancelAction(input: $i) { id status } }`, { i: { actionId, reason } }),
  };
}

export const PROGRESS_FIELDS = `actions completed onTrack atRisk offTrack notStarted milestones milestonesReached milestonesOverdue percentComplete`;
