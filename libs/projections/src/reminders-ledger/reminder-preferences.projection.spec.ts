import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import { ProjectionSpecification } from '../testing/projection-specification';
import { evolveReminderPreferences, initialReminderPreferences } from './reminder-preferences.projection';

let position = 0;
const recorded = (type: string, data: object): RecordedEvent =>
  ({ position: ++position, streamId: 's', revision: 0, type, data, metadata: { actor: 'admin', recordedAt: '2017-07-16T08:00:00.000Z' } }) as unknown as RecordedEvent;

const given = ProjectionSpecification.for({ initial: initialReminderPreferences, evolve: evolveReminderPreferences });

describe('reminder preferences projection', () => {
  it('keeps the latest reminder preference of each person', () => {
    given([
      recorded('ReminderPreferenceSet', { personId: 'p1', digestOnly: true }),
      recorded('ReminderPreferenceSet', { personId: 'p2', digestOnly: true }),
      recorded('ReminderPreferenceSet', { personId: 'p1', digestOnly: false }),
    ]).then((view) => expect([...view.digestOnly]).toEqual([['p1', false], ['p2', true]]));
  });

  it('ignores events of other types, the ledger included', () => {
    given([recorded('ReminderSent', { reminderId: 'r1' }), recorded('ActionCreated', { actionId: 'a1' })]).then((view) => expect(view).toEqual(initialReminderPreferences()));
  });
});
