import type { AccessRule } from '../../auth/access-policy';
import { defineUseCase } from '../../slice/use-case';
import { type ReminderPreference, setReminderPreference } from './set-reminder-preference.command';
import { SetReminderPreferenceInput } from './set-reminder-preference.input';
import { SetReminderPreferenceResolver } from './set-reminder-preference.resolver';

/** Everyone signed in chooses for themselves; the resolver lets only an admin choose for someone else. */
const everyoneForThemselves: AccessRule = { anyPartnership: [], anyoneSignedIn: true };

export const setReminderPreferenceUseCase = defineUseCase<SetReminderPreferenceInput & { personId: string }, ReminderPreference, 'setReminderPreference'>({
  mutation: 'setReminderPreference',
  input: SetReminderPreferenceInput as never,
  access: everyoneForThemselves,
  resolver: SetReminderPreferenceResolver,
  run: setReminderPreference,
  recordId: ({ personId }) => personId,
});
