import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { QuarterlyUpdateView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { liveUpdate } from '../live-action';
import { approveQuarterlyUpdate } from './approve-quarterly-update.command';
import { ApproveQuarterlyUpdateInput } from './approve-quarterly-update.input';

@Resolver()
export class ApproveQuarterlyUpdateResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => QuarterlyUpdateObject, { description: 'Approves a submitted update: from now on it counts' })
  async approveQuarterlyUpdate(@Args('input') input: ApproveQuarterlyUpdateInput, @Context() context: GraphQLContext): Promise<QuarterlyUpdateView> {
    return liveUpdate(this.readScopes, await approveQuarterlyUpdate(this.writer, input, commandOptions(input, context)));
  }
}
