import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { type IndicatorAnswer, liveIndicator } from '../indicator-answer';
import { IndicatorObject } from '../indicator.object';
import { correctIndicatorValue } from './correct-indicator-value.command';
import { CorrectIndicatorValueInput } from './correct-indicator-value.input';

@Resolver()
export class CorrectIndicatorValueResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => IndicatorObject)
  async correctIndicatorValue(@Args('input') input: CorrectIndicatorValueInput, @Context() context: GraphQLContext): Promise<IndicatorAnswer> {
    return liveIndicator(this.readScopes, await correctIndicatorValue(this.writer, input, commandOptions(input, context)));
  }
}
