import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { QuarterlyUpdateView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { QuarterlyUpdateObject } from '../../graphql/objects/action.object';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { liveUpdate } from '../live-action';
import { returnQuarterlyUpdate } from './return-quarterly-update.command';
import { ReturnQuarterlyUpdateInput } from './return-quarterly-update.input';

@Resolver()
export class ReturnQuarterlyUpdateResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => QuarterlyUpdateObject, { description: 'Returns a submitted update to its contributor with a comment: it does not count, and may be recorded again' })
  async returnQuarterlyUpdate(@Args('input') input: ReturnQuarterlyUpdateInput, @Context() context: GraphQLContext): Promise<QuarterlyUpdateView> {
    return liveUpdate(this.readScopes, await returnQuarterlyUpdate(this.writer, input, commandOptions(input, context)));
  }
}
