import { PlanReadModel } from '@saferplan/projections';
import { leicestershire, NWL } from '@saferplan/projections/testing/leicestershire';
import { changesSinceSeal } from './board-pack.seal';

/** What a sealed quarter's pack lists under "Changed since the seal": the versions the seal does not hold. */
describe('changes since the seal', () => {
  const Q2 = '2017/18 Q2';
  const history = leicestershire();
  const sealed = new PlanReadModel();
  for (const event of history.events) sealed.apply(event);
  history.correctUpdate('a1', Q2, 'AMBER', 42, 'Late police figures', 'Patrols resumed', { at: '2017-11-02T09:00:00.000Z', actor: 'alice' });
  history.recordUpdate('a2', Q2, 'GREEN', 10, 'Started late', { at: '2017-11-03T09:00:00.000Z', actor: 'bob' });
  history.recordUpdate('a2', '2017/18 Q3', 'GREEN', 20, 'Another quarter', { at: '2017-11-04T09:00:00.000Z' });
  const now = new PlanReadModel();
  for (const event of history.events) now.apply(event);

  it('lists each later correction and late first update with who, when, why and the figures in words', () => {
    expect(changesSinceSeal(sealed, now, NWL, '2017/18', Q2)).toEqual([
      {
        priority: 'Increasing community confidence by addressing ASB',
        action: 'Neighbourhood ASB patrols',
        recordedBy: 'alice',
        recordedAt: '2017-11-02T09:00:00.000Z',
        reason: 'Late police figures',
        before: 'RED (Off track), 40% complete: Patrols paused',
        after: 'AMBER (At risk), 42% complete: Patrols resumed',
      },
      {
        priority: 'Increasing community confidence by addressing ASB',
        action: 'Action a2',
        recordedBy: 'bob',
        recordedAt: '2017-11-03T09:00:00.000Z',
        reason: null,
        before: 'No update',
        after: 'GREEN (On track), 10% complete: Started late',
      },
    ]);
  });

  it('is empty when nothing about the quarter was recorded after the seal', () => {
    expect(changesSinceSeal(sealed, sealed, NWL, '2017/18', Q2)).toEqual([]);
    expect(changesSinceSeal(sealed, now, NWL, '2018/19', Q2)).toEqual([]);
  });
});
