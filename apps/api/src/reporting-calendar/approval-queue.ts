import { Context, Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { PlanQueries, QuarterlyUpdateView } from '@saferplan/projections';
import { assertNestedRead } from '../auth/nested-read';
import { QuarterlyUpdateObject } from '../graphql/objects/action.object';
import type { GraphQLContext } from '../graphql/request-context';
import { ReadScopes } from '../graphql/read-scopes';
import { type Scoped, scoped } from '../graphql/read-scope';
import { actionsOfPlan } from './returns';

@ObjectType('ApprovalQueueEntry')
export class ApprovalQueueEntryObject {
  @Field(() => ID) actionId: string;
  @Field() actionTitle: string;
  @Field(() => ID) partnershipId: string;
  @Field() partnershipName: string;
  update: QuarterlyUpdateView;
}

@Resolver(() => ApprovalQueueEntryObject)
export class ApprovalQueueEntryResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @ResolveField(() => QuarterlyUpdateObject, { description: 'The submitted update (narrative included): read like the action\'s updates' })
  update(@Parent() entry: ApprovalQueueEntryObject, @Context() context: GraphQLContext): Scoped<QuarterlyUpdateView & { partnershipId: string }> {
    assertNestedRead('ApprovalQueueEntry.update', context, entry.partnershipId);
    // The queue is read live; the partnership and scope let `late` ask its calendar.
    return scoped({ ...entry.update, partnershipId: entry.partnershipId }, this.readScopes.live());
  }
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
