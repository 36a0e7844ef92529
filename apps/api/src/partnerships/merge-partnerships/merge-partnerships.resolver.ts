import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../../graphql/objects/partnership.object';
import { livePartnership } from '../live-partnership';
import { mergePartnerships } from './merge-partnerships.command';
import { MergePartnershipsInput } from './merge-partnerships.input';

@Resolver()
export class MergePartnershipsResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PartnershipObject, { description: 'Admin: two CSPs merge; answers the partnership that continues' })
  async mergePartnerships(@Args('input') input: MergePartnershipsInput, @Context() context: GraphQLContext): Promise<Scoped<PartnershipView>> {
    const result = await mergePartnerships(this.writer, input, commandOptions(input, context));
    return livePartnership(this.readScopes, result);
  }
}
