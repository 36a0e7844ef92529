import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../../graphql/objects/partnership.object';
import { livePartnership } from '../live-partnership';
import { recordMemberJoined } from './record-member-joined.command';
import { RecordMemberJoinedInput } from './record-member-joined.input';

@Resolver()
export class RecordMemberJoinedResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PartnershipObject, { description: 'Admin: a member agency joins (e.g. a council joining the county board)' })
  async recordMemberJoined(@Args('input') input: RecordMemberJoinedInput, @Context() context: GraphQLContext): Promise<Scoped<PartnershipView>> {
    const result = await recordMemberJoined(this.writer, input, commandOptions(input, context));
    return livePartnership(this.readScopes, result);
  }
}
