import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { FundingSourceObject } from '../funding-source.object';
import { type FundingSourceAnswer, liveFundingSource } from '../live-funding-source';
import { allocateFunding } from './allocate-funding.command';
import { AllocateFundingInput } from './allocate-funding.input';

@Resolver()
export class AllocateFundingResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => FundingSourceObject)
  async allocateFunding(@Args('input') input: AllocateFundingInput, @Context() context: GraphQLContext): Promise<FundingSourceAnswer> {
    const result = await allocateFunding(this.writer, input, commandOptions(input, context));
    return liveFundingSource(this.readScopes, result);
  }
}
