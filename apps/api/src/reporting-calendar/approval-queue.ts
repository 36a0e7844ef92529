import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PlanQueries, QuarterlyUpdateView } from '@saferplan/projections';
import { QuarterlyUpdateObject } from '../graphql/objects/action.object';
import { actionsOfPlan } from './returns';

@ObjectType('ApprovalQueueEntry')
export class ApprovalQueueEntryObject {
  @Field(() => ID) actionId: string;
  @Field() actionTitle: string;
  @Field(() => ID) partnershipId: string;
  @Field() partnershipName: string;
  @Field(() => QuarterlyUpdateObject) update: QuarterlyUpdateView;
}

/**
 * Every SUBMITTED update, oldest first. `partnershipId` narrows it to one partnership; `mine` (a
 * coordinator's partnerships, null for an admin) keeps a coordinator to their own.
 */
export function approvalQueueOf(queries: PlanQueries, partnershipId: string | null, mine: readonly string[] | null): ApprovalQueueEntryObject[] {
  const entries: ApprovalQueueEntryObject[] = [];
  for (const partnership of queries.partnerships()) {
    if (partnershipId !== null && partnership.id !== partnershipId) continue;
    if (mine !== null && !mine.includes(partnership.id)) continue;
    for (const planId of partnership.planIds) {
      for (const action of actionsOfPlan(queries, planId)) {
        for (const update of action.updates) {
          if (update.status === 'SUBMITTED') entries.push({ actionId: action.id, actionTitle: action.title, partnershipId: partnership.id, partnershipName: partnership.name, update });
        }
      }
    }
  }
  return entries.sort((a, b) => Date.parse(a.update.recordedAt) - Date.parse(b.update.recordedAt));
}
