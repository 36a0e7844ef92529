import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../../graphql/objects/partnership.object';
import { livePartnership } from '../live-partnership';
import { renamePartnership } from './rename-partnership.command';
import { RenamePartnershipInput } from './rename-partnership.input';

@Resolver()
export class RenamePartnershipResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PartnershipObject, { description: 'Admin: the partnership or board is renamed; former names are kept' })
  async renamePartnership(@Args('input') input: RenamePartnershipInput, @Context() context: GraphQLContext): Promise<Scoped<PartnershipView>> {
    const result = await renamePartnership(this.writer, input, commandOptions(input, context));
    return livePartnership(this.readScopes, result);
  }
}
