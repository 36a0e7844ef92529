import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import type { ActionPlanView, PartnershipView } from '@saferplan/projections';
import { ReadScopes } from '../common/read-scopes';
import { commandOptions, type GraphQLContext } from '../common/request-context';
import { ActionPlanObject } from '../action-plans/action-plan.object';
import { readableOnly } from '../auth/nested-read';
import { type Scoped, scoped, scopedList, scopeOf } from '../graphql/read-scope';
import { asOfArg } from '../graphql/as-of.arg';
import { PartnershipObject } from './partnership.object';
import { RegisterPartnershipCommand } from './register-partnership/register-partnership.handler';
import { RegisterPartnershipInput } from './register-partnership/register-partnership.input';
import { PartnershipMemberObject } from './partnership-member.object';
import { RecordMemberJoinedCommand } from './record-member-joined/record-member-joined.handler';
import { RecordMemberJoinedInput } from './record-member-joined/record-member-joined.input';
import { RecordMemberLeftCommand } from './record-member-left/record-member-left.handler';
import { RecordMemberLeftInput } from './record-member-left/record-member-left.input';
import { RenamePartnershipCommand } from './rename-partnership/rename-partnership.handler';
import { RenamePartnershipInput } from './rename-partnership/rename-partnership.input';
import { MergePartnershipsCommand } from './merge-partnerships/merge-partnerships.handler';
import { MergePartnershipsInput } from './merge-partnerships/merge-partnerships.input';
import { DateScalar } from '../graphql/scalars';

@Resolver(() => PartnershipObject)
export class PartnershipResolver {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly readScopes: ReadScopes,
  ) {}

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

  @Mutation(() => PartnershipObject)
  async registerPartnership(
    @Args('input') input: RegisterPartnershipInput,
    @Context() context: GraphQLContext,
  ): Promise<Scoped<PartnershipView>> {
    const id = await this.commandBus.execute(new RegisterPartnershipCommand(input, commandOptions(input, context)));
    const scope = this.readScopes.live();
    return scoped(scope.queries.partnership(id)!, scope);
  }

  @Mutation(() => PartnershipObject, { description: 'Admin: a member agency joins (e.g. a council joining the county board)' })
  recordMemberJoined(@Args('input') input: RecordMemberJoinedInput, @Context() context: GraphQLContext) {
    return this.structureChange(new RecordMemberJoinedCommand(input, commandOptions(input, context)));
  }

  @Mutation(() => PartnershipObject, { description: 'Admin: a member agency leaves' })
  recordMemberLeft(@Args('input') input: RecordMemberLeftInput, @Context() context: GraphQLContext) {
    return this.structureChange(new RecordMemberLeftCommand(input, commandOptions(input, context)));
  }

  @Mutation(() => PartnershipObject, { description: 'Admin: the partnership or board is renamed; former names are kept' })
  renamePartnership(@Args('input') input: RenamePartnershipInput, @Context() context: GraphQLContext) {
    return this.structureChange(new RenamePartnershipCommand(input, commandOptions(input, context)));
  }

  @Mutation(() => PartnershipObject, { description: 'Admin: two CSPs merge; answers the partnership that continues' })
  mergePartnerships(@Args('input') input: MergePartnershipsInput, @Context() context: GraphQLContext) {
    return this.structureChange(new MergePartnershipsCommand(input, commandOptions(input, context)));
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

  private async structureChange(command: RecordMemberJoinedCommand | RecordMemberLeftCommand | RenamePartnershipCommand | MergePartnershipsCommand) {
    const id: string = await this.commandBus.execute(command);
    const scope = this.readScopes.live();
    return scoped(scope.queries.partnership(id)!, scope);
  }

  @ResolveField(() => [ActionPlanObject], { description: "The plans the caller may open (for a coordinator: their own partnerships' plans only)" })
  plans(@Parent() partnership: Scoped<PartnershipView>, @Context() context: GraphQLContext): Scoped<ActionPlanView>[] {
    const scope = scopeOf(partnership);
    const plans = scopedList(partnership.planIds, (id) => scope.queries.actionPlan(id), scope);
    return readableOnly('Partnership.plans', context, plans, (plan) => plan.partnershipId);
  }
}
