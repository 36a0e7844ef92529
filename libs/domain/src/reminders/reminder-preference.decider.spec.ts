import { DeciderSpecification } from '../testing/decider-specification';
import { InvalidInputError } from '../shared/errors';
import { reminderPreferenceDecider, type SetReminderPreference } from './reminder-preference.decider';

const now = new Date('2017-07-01T09:00:00Z');
const set = (digestOnly: boolean, personId = 'ann@nwleics.gov.uk'): SetReminderPreference => ({ type: 'SetReminderPreference', data: { personId, digestOnly }, metadata: { now } });
const chosen = (digestOnly: boolean) => ({ type: 'ReminderPreferenceSet' as const, data: { personId: 'ann@nwleics.gov.uk', digestOnly } });

describe('reminder preference decider', () => {
  const given = DeciderSpecification.for(reminderPreferenceDecider);

  it('records choosing the digest only, and choosing single reminders again', () => {
    given([]).when(set(true)).then([chosen(true)]);
    given([chosen(true)]).when(set(false)).then([chosen(false)]);
  });

  it('records nothing when the choice is already the one recorded (single reminders by default)', () => {
    given([]).when(set(false)).thenNothing();
    given([chosen(true)]).when(set(true)).thenNothing();
  });

  it('refuses an empty person id, naming the field', () => {
    given([]).when(set(true, ' ')).thenThrows(InvalidInputError, (e) => e.field === 'personId');
  });
});
