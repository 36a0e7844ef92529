import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { type IndicatorAnswer, liveIndicator } from '../indicator-answer';
import { IndicatorObject } from '../indicator.object';
import { recordIndicatorValue } from './record-indicator-value.command';
import { RecordIndicatorValueInput } from './record-indicator-value.input';

@Resolver()
export class RecordIndicatorValueResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => IndicatorObject)
  async recordIndicatorValue(@Args('input') input: RecordIndicatorValueInput, @Context() context: GraphQLContext): Promise<IndicatorAnswer> {
    return liveIndicator(this.readScopes, await recordIndicatorValue(this.writer, input, commandOptions(input, context)));
  }
}
