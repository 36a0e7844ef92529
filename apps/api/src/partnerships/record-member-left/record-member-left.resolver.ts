import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../../graphql/objects/partnership.object';
import { livePartnership } from '../live-partnership';
import { recordMemberLeft } from './record-member-left.command';
import { RecordMemberLeftInput } from './record-member-left.input';

@Resolver()
export class RecordMemberLeftResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PartnershipObject, { description: 'Admin: a member agency leaves' })
  async recordMemberLeft(@Args('input') input: RecordMemberLeftInput, @Context() context: GraphQLContext): Promise<Scoped<PartnershipView>> {
    const result = await recordMemberLeft(this.writer, input, commandOptions(input, context));
    return livePartnership(this.readScopes, result);
  }
}
