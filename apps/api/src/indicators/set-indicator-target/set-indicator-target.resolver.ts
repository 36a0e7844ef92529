import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { type IndicatorAnswer, liveIndicator } from '../indicator-answer';
import { IndicatorObject } from '../indicator.object';
import { setIndicatorTarget } from './set-indicator-target.command';
import { SetIndicatorTargetInput } from './set-indicator-target.input';

@Resolver()
export class SetIndicatorTargetResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => IndicatorObject)
  async setIndicatorTarget(@Args('input') input: SetIndicatorTargetInput, @Context() context: GraphQLContext): Promise<IndicatorAnswer> {
    return liveIndicator(this.readScopes, await setIndicatorTarget(this.writer, input, commandOptions(input, context)));
  }
}
