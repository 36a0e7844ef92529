import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { QuarterlyUpdateView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { liveUpdate } from '../live-action';
import { correctQuarterlyUpdate } from './correct-quarterly-update.command';
import { CorrectQuarterlyUpdateInput } from './correct-quarterly-update.input';

@Resolver()
export class CorrectQuarterlyUpdateResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => QuarterlyUpdateObject)
  async correctQuarterlyUpdate(
    @Args('input') input: CorrectQuarterlyUpdateInput,
    @Context() context: GraphQLContext,
  ): Promise<QuarterlyUpdateView> {
    return liveUpdate(this.readScopes, await correctQuarterlyUpdate(this.writer, input, commandOptions(input, context)));
  }
}
