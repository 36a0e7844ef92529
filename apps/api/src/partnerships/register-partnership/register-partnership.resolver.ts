import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../common/read-scopes';
import { commandOptions, type GraphQLContext } from '../../common/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../partnership.object';
import { livePartnership } from '../live-partnership';
import { registerPartnership } from './register-partnership.command';
import { RegisterPartnershipInput } from './register-partnership.input';

@Resolver()
export class RegisterPartnershipResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly readScopes: ReadScopes,
  ) {}

  @Mutation(() => PartnershipObject)
  async registerPartnership(@Args('input') input: RegisterPartnershipInput, @Context() context: GraphQLContext): Promise<Scoped<PartnershipView>> {
    const result = await registerPartnership(this.writer, input, commandOptions(input, context));
    return livePartnership(this.readScopes, result);
  }
}
