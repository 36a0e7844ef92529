import type { Decider, DomainCommand, DomainEvent } from '../shared/event';
import { InvalidInputError } from '../shared/errors';
import { requireText } from '../shared/text';

/** A person chose whether they want single reminders or only the weekly digest. */
export type ReminderPreferenceSet = DomainEvent<'ReminderPreferenceSet', { personId: string; digestOnly: boolean }>;

export type SetReminderPreference = DomainCommand<'SetReminderPreference', { personId: string; digestOnly: boolean }>;

export type ReminderPreferenceState = { digestOnly: boolean };

/** One stream per person; setting what is already set records nothing. */
export const reminderPreferenceDecider: Decider<ReminderPreferenceState, SetReminderPreference, ReminderPreferenceSet> = {
  initialState: () => ({ digestOnly: false }),
  decide(command, state) {
    const personId = requireText(command.data.personId, 'personId', 200);
    if (typeof command.data.digestOnly !== 'boolean') throw new InvalidInputError('digestOnly', 'digestOnly must be true or false');
    if (state.digestOnly === command.data.digestOnly) return [];
    return [{ type: 'ReminderPreferenceSet', data: { personId, digestOnly: command.data.digestOnly } }];
  },
  evolve: (_state, event) => ({ digestOnly: event.data.digestOnly }),
};
