import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { FundingSourceObject } from '../funding-source.object';
import { type FundingSourceAnswer, liveFundingSource } from '../live-funding-source';
import { recordFundingSpend } from './record-funding-spend.command';
import { RecordFundingSpendInput } from './record-funding-spend.input';

@Resolver()
export class RecordFundingSpendResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => FundingSourceObject)
  async recordFundingSpend(@Args('input') input: RecordFundingSpendInput, @Context() context: GraphQLContext): Promise<FundingSourceAnswer> {
    const result = await recordFundingSpend(this.writer, input, commandOptions(input, context));
    return liveFundingSource(this.readScopes, result);
  }
}
