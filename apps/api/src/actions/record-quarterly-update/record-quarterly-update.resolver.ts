import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { QuarterlyUpdateView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { liveUpdate } from '../live-action';
import { recordQuarterlyUpdate } from './record-quarterly-update.command';
import { RecordQuarterlyUpdateInput } from './record-quarterly-update.input';

@Resolver()
export class RecordQuarterlyUpdateResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => QuarterlyUpdateObject)
  async recordQuarterlyUpdate(
    @Args('input') input: RecordQuarterlyUpdateInput,
    @Context() context: GraphQLContext,
  ): Promise<QuarterlyUpdateView> {
    return liveUpdate(this.readScopes, await recordQuarterlyUpdate(this.writer, input, commandOptions(input, context)));
  }
}
