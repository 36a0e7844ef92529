import { accessOf, UseCaseHarness } from '../../slice/testing/use-case-harness';
import { setReminderPreferenceUseCase as useCase } from './set-reminder-preference.use-case';

describe('setReminderPreference', () => {
  let harness: UseCaseHarness;
  beforeEach(async () => {
    harness = await UseCaseHarness.start();
  });
  afterEach(() => harness.stop());

  it('records choosing the digest only, and nothing when it is chosen again', async () => {
    const chosen = await useCase.run(harness.writer, { personId: 'ann@nwleics.gov.uk', digestOnly: true }, { actor: 'ann' });
    expect(chosen).toEqual({ personId: 'ann@nwleics.gov.uk', digestOnly: true });
    expect(await harness.recorded()).toEqual([{ type: 'ReminderPreferenceSet', data: { personId: 'ann@nwleics.gov.uk', digestOnly: true } }]);
    await useCase.run(harness.writer, { personId: 'ann@nwleics.gov.uk', digestOnly: true }, { actor: 'ann' });
    expect(await harness.recorded()).toEqual([]);
  });

  it('is open to everyone signed in (for themselves)', () => {
    for (const role of ['admin', 'coordinator', 'contributor', 'sog', 'auditor'] as const) expect(accessOf(useCase, [role], [], {})).toBe(true);
    expect(accessOf(useCase, [], [], {})).toBe(true); // someone signed in whom no role is granted yet
  });
});
