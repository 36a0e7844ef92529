import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { UpdateApprovalObject } from '../reporting-calendar.objects';
import { requireUpdateApproval } from './require-update-approval.command';
import { RequireUpdateApprovalInput } from './require-update-approval.input';

@Resolver()
export class RequireUpdateApprovalResolver {
  constructor(private readonly writer: CommandWriter) {}

  @Mutation(() => UpdateApprovalObject, { description: "Turns approval of contributors' quarterly updates on or off for a partnership" })
  requireUpdateApproval(@Args('input') input: RequireUpdateApprovalInput, @Context() context: GraphQLContext): Promise<UpdateApprovalObject> {
    return requireUpdateApproval(this.writer, input, commandOptions(input, context));
  }
}
