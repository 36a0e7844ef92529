import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { FundingSourceObject } from '../funding-source.object';
import { type FundingSourceAnswer, liveFundingSource } from '../live-funding-source';
import { registerFundingSource } from './register-funding-source.command';
import { RegisterFundingSourceInput } from './register-funding-source.input';

@Resolver()
export class RegisterFundingSourceResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => FundingSourceObject)
  async registerFundingSource(@Args('input') input: RegisterFundingSourceInput, @Context() context: GraphQLContext): Promise<FundingSourceAnswer> {
    const result = await registerFundingSource(this.writer, input, commandOptions(input, context));
    return liveFundingSource(this.readScopes, result);
  }
}
