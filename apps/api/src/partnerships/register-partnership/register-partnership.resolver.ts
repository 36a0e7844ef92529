import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { PartnershipView } from '@saferplan/projections';
import { CommandWriter } from '../../common/command-writer';
import { ReadScopes } from '../../graphql/read-scopes';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import type { Scoped } from '../../graphql/read-scope';
import { PartnershipObject } from '../../graphql/objects/partnership.object';
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
