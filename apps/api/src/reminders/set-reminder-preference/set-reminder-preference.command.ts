import { type SetReminderPreference, reminderPreferenceDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { SetReminderPreferenceInput } from './set-reminder-preference.input';

export interface ReminderPreference {
  personId: string;
  digestOnly: boolean;
}

/** `personId` is already resolved by the resolver (the caller's own when the input leaves it out). */
export async function setReminderPreference(
  writer: CommandWriter,
  input: SetReminderPreferenceInput & { personId: string },
  options: CommandOptions,
): Promise<ReminderPreference> {
  await writer.execute(
    streams.reminderPreference(input.personId),
    reminderPreferenceDecider,
    (now): SetReminderPreference => ({ type: 'SetReminderPreference', data: { personId: input.personId, digestOnly: input.digestOnly }, metadata: { now, actor: options.actor } }),
    options,
  );
  return { personId: input.personId, digestOnly: input.digestOnly };
}
