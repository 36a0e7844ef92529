import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ActionPlanView, PartnershipView } from '@saferplan/projections';
import { ReadScopes } from '../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../graphql/request-context';
import { ActionPlanObject } from '../graphql/objects/action-plan.object';
import { readableOnly } from '../auth/nested-read';
import { type Scoped, scoped, scopedList, scopeOf } from '../graphql/read-scope';
import { asOfArg } from '../graphql/as-of.arg';
import { PartnershipObject } from '../graphql/objects/partnership.object';
import { PartnershipMemberObject } from '../graphql/objects/partnership-member.object';
import { DateScalar } from '../graphql/scalars';

@Resolver(() => PartnershipObject)
export class PartnershipResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @Query(() => [PartnershipObject])
  async partnerships(@Args('asOf', asOfArg) asOf?: Date | null): Promise<Scoped<PartnershipView>[]> {
    const scope = await this.readScopes.resolve(asOf);
    return scope.queries.partnerships().map((partnership) => scoped(partnership, scope));
  }

  @Query(() => PartnershipObject, { nullable: true })
  async partnership(
    @Args('id', { type: () => ID }) id: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
  ): Promise<Scoped<PartnershipView> | null> {
    const scope = await this.readScopes.resolveFor(asOf, { partnershipId: id });
    const partnership = scope.queries.partnership(id);
    return partnership ? scoped(partnership, scope) : null;
  }

  @ResolveField(() => [PartnershipMemberObject], { description: 'Member agencies at the moment asked about' })
  members(@Parent() partnership: Scoped<PartnershipView>): PartnershipMemberObject[] {
    return partnership.members ?? [];
  }

  @ResolveField(() => [String], { description: 'Earlier names, oldest first' })
  formerNames(@Parent() partnership: Scoped<PartnershipView>): string[] {
    return partnership.formerNames ?? [];
  }

  @ResolveField(() => PartnershipObject, { nullable: true, description: 'The partnership this one merged into, if it has' })
  mergedInto(@Parent() partnership: Scoped<PartnershipView>): Scoped<PartnershipView> | null {
    const scope = scopeOf(partnership);
    const into = partnership.mergedIntoId ? scope.queries.partnership(partnership.mergedIntoId) : undefined;
    return into ? scoped(into, scope) : null;
  }

  @ResolveField(() => DateScalar, { nullable: true })
  mergedOn(@Parent() partnership: Scoped<PartnershipView>): string | null {
    return partnership.mergedOn ?? null;
  }


  @ResolveField(() => [ActionPlanObject], { description: "The plans the caller may open (for a coordinator: their own partnerships' plans only)" })
  plans(@Parent() partnership: Scoped<PartnershipView>, @Context() context: GraphQLContext): Scoped<ActionPlanView>[] {
    const scope = scopeOf(partnership);
    const plans = scopedList(partnership.planIds, (id) => scope.queries.actionPlan(id), scope);
    return readableOnly('Partnership.plans', context, plans, (plan) => plan.partnershipId);
  }
}
