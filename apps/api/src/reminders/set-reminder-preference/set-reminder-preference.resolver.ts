import { Args, Context, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ForbiddenError } from '@saferplan/domain';
import { CommandWriter } from '../../common/command-writer';
import { requirePrincipal } from '../../auth/request-auth';
import type { Principal } from '../../auth/principal';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { type ReminderPreference, setReminderPreference } from './set-reminder-preference.command';
import { SetReminderPreferenceInput } from './set-reminder-preference.input';

@ObjectType('ReminderPreference')
export class ReminderPreferenceObject {
  @Field() personId: string;
  @Field() digestOnly: boolean;
}

/** The caller's own person id: the person they signed in as, else their verified email, else their token's sub. */
export const ownPersonId = (principal: Principal): string => principal.personId ?? principal.email?.toLowerCase() ?? principal.sub;

@Resolver()
export class SetReminderPreferenceResolver {
  constructor(private readonly writer: CommandWriter) {}

  @Mutation(() => ReminderPreferenceObject, { description: 'Choose the weekly digest only, or reminders before, on and after each deadline' })
  async setReminderPreference(@Args('input') input: SetReminderPreferenceInput, @Context() context: GraphQLContext): Promise<ReminderPreference> {
    const principal = requirePrincipal(context.req);
    const own = ownPersonId(principal);
    const personId = input.personId ?? own;
    if (personId !== own && !principal.roles.includes('admin')) {
      throw new ForbiddenError("Only an administrator may change someone else's reminder preference");
    }
    return setReminderPreference(this.writer, { ...input, personId }, commandOptions(input, context));
  }
}
