import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { type IndicatorAnswer, liveIndicator } from '../indicator-answer';
import { IndicatorObject } from '../indicator.object';
import { defineIndicator } from './define-indicator.command';
import { DefineIndicatorInput } from './define-indicator.input';

@Resolver()
export class DefineIndicatorResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => IndicatorObject)
  async defineIndicator(@Args('input') input: DefineIndicatorInput, @Context() context: GraphQLContext): Promise<IndicatorAnswer> {
    return liveIndicator(this.readScopes, await defineIndicator(this.writer, input, commandOptions(input, context)));
  }
}
