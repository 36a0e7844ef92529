import { PlanHistory, foldedModel } from '../testing/plan-history';
import { BOARD, CHARNWOOD, FY, NWL, charnwoodPlan, leicestershire } from '../testing/leicestershire';
import { PlanReadModel } from './plan-read-model';
import { compareDocuments } from './read-model-documents';

describe('PlanReadModel', () => {
  const history = leicestershire();
  const model = foldedModel(history);

  describe('views', () => {
    it('lists partnerships in registration order with their plans and versions', () => {
      expect(model.partnerships().map((p) => [p.id, p.kind, p.planIds, p.version])).toEqual([
        [BOARD, 'COUNTY_STRATEGY_BOARD', ['board-2017'], 1],
        [NWL, 'COMMUNITY_SAFETY_PARTNERSHIP', ['nwl-2017', 'nwl-2018'], 1],
        [CHARNWOOD, 'COMMUNITY_SAFETY_PARTNERSHIP', ['charnwood-2017'], 1],
      ]);
      expect(model.partnership(NWL)).toMatchObject({ registeredAt: '2017-04-03T09:01:00.000Z', registeredPosition: 2 });
    });

    it('keeps a plan with its priorities in order, its version counting its stream', () => {
      expect(model.actionPlan('nwl-2017')).toEqual({
        id: 'nwl-2017',
        partnershipId: NWL,
        title: 'NWL Community Safety Action Plan 2017/18',
        financialYear: FY,
        version: 5, // created, two priorities, two alignments
        priorityIds: ['nwl-asb', 'nwl-reoffending'],
      });
      expect(model.priority('nwl-asb')).toEqual({
        id: 'nwl-asb',
        planId: 'nwl-2017',
        partnershipId: NWL,
        financialYear: FY,
        title: 'Increasing community confidence by addressing ASB',
        statutory: false,
        alignedToPriorityIds: ['county-asb'],
        actionIds: ['a1', 'a2', 'a3', 'a4'],
      });
      expect(model.priority('county-reoffending')?.statutory).toBe(true);
    });

    it('shows a corrected quarter with its current figures and keeps the original version', () => {
      const a1 = model.action('a1')!;
      expect([a1.status, a1.percentComplete, a1.version, a1.leadOfficer]).toEqual(['OFF_TRACK', 40, 7, 'Insp. Grey']);
      expect(a1.updates).toEqual([
        {
          quarter: '2017/18 Q1',
          rag: 'GREEN',
          percentComplete: 30,
          narrative: 'Patrols started',
          recordedAt: '2017-07-05T10:00:00.000Z',
          recordedBy: 'alice',
          correctionReason: null,
          previousVersions: [],
        },
        {
          quarter: '2017/18 Q2',
          rag: 'RED',
          percentComplete: 40,
          narrative: 'Patrols paused',
          recordedAt: '2017-10-09T11:30:00.000Z',
          recordedBy: 'anonymous', // the correction had no actor
          correctionReason: 'Figures overstated',
          previousVersions: [
            {
              quarter: '2017/18 Q2',
              rag: 'AMBER',
              percentComplete: 45,
              narrative: 'Staff shortage',
              recordedAt: '2017-10-04T10:00:00.000Z',
              recordedBy: 'alice',
              correctionReason: null,
            },
          ],
        },
      ]);
      expect(a1.milestones).toEqual([
        { id: 'ms1', actionId: 'a1', title: 'Patrol plan agreed', dueQuarter: '2017/18 Q1', reachedOn: '2017-06-10', evidence: 'Minutes of 10 June' },
        { id: 'ms2', actionId: 'a1', title: 'Hotspot review', dueQuarter: '2017/18 Q2', reachedOn: null, evidence: null },
      ]);
    });

    it('keeps a second correction and lists every earlier version oldest first', () => {
      const h = leicestershire();
      h.correctUpdate('a1', '2017/18 Q2', 'AMBER', 42, 'Recount', 'Partly resumed', { actor: 'bob' });
      const q2 = foldedModel(h).action('a1')!.updates[1];
      expect([q2.rag, q2.percentComplete, q2.recordedBy, q2.correctionReason]).toEqual(['AMBER', 42, 'bob', 'Recount']);
      expect(q2.previousVersions.map((v) => [v.rag, v.percentComplete, v.correctionReason])).toEqual([
        ['AMBER', 45, null],
        ['RED', 40, 'Figures overstated'],
      ]);
    });

    it('derives each action status from its lifecycle and latest quarter', () => {
      const figures = (id: string) => {
        const action = model.action(id)!;
        return [action.status, action.percentComplete];
      };
      expect(figures('a2')).toEqual(['NOT_STARTED', 0]);
      expect(figures('a3')).toEqual(['COMPLETED', 100]);
      expect(figures('a4')).toEqual(['CANCELLED', 20]);
      expect(figures('a5')).toEqual(['ON_TRACK', 70]);
      expect(model.action('a5')!.updates.map((u) => u.quarter)).toEqual(['2017/18 Q1', '2017/18 Q2']);
      expect(model.action('a3')).toMatchObject({ completedAt: '2017-09-01T09:00:00.000Z', cancelledAt: null });
      expect(model.action('a4')).toMatchObject({ cancelledAt: '2017-09-02T09:00:00.000Z', cancellationReason: 'Funding withdrawn' });
      expect(model.action('a2')).toMatchObject({ fundingSource: 'PCC grant', budget: 12500.5, leadOfficer: null });
    });

    it('answers milestone status for the as-of date asked', () => {
      const ms2 = model.action('a1')!.milestones[1];
      expect(model.milestoneStatus(ms2, '2017-09-30')).toBe('PENDING');
      expect(model.milestoneStatus(ms2, '2017-10-01')).toBe('OVERDUE');
      expect(model.milestoneStatus(model.action('a1')!.milestones[0], '2017-10-01')).toBe('REACHED');
    });

    it('ignores event types it does not know, but counts them in the stream version', () => {
      const h = leicestershire();
      h.record('partnership-' + NWL, { type: 'PartnershipMottoChosen', data: { partnershipId: NWL, motto: 'NWL Safer Together' } });
      h.record('audit-1', { type: 'SomethingElse', data: {} });
      const later = foldedModel(h);
      expect(later.partnership(NWL)).toMatchObject({ name: 'North West Leicestershire CSP', version: 2 });
      expect(compareDocuments(later.toDocuments(), model.toDocuments())).toEqual([
        { kind: 'partnership', id: NWL, presentIn: 'both' },
      ]);
    });
  });

  describe('progress', () => {
    it('gives one row per priority: partnership registration order, then plan, then priority', () => {
      expect(model.progress({}, '2017-10-15').map((row) => [row.partnershipId, row.priorityId])).toEqual([
        [BOARD, 'county-asb'],
        [BOARD, 'county-reoffending'],
        [NWL, 'nwl-asb'],
        [NWL, 'nwl-reoffending'],
        [NWL, 'nwl-asb-2018'],
        [CHARNWOOD, 'charnwood-asb'],
      ]);
    });

    it('filters by partnership and by financial year', () => {
      expect(model.progress({ partnershipId: NWL, financialYear: FY }, '2017-10-15').map((row) => row.priorityId)).toEqual([
        'nwl-asb',
        'nwl-reoffending',
      ]);
      expect(model.progress({ financialYear: '2018/19' }, '2017-10-15').map((row) => row.priorityId)).toEqual(['nwl-asb-2018']);
      expect(model.progress({ partnershipId: 'no-such-csp' }, '2017-10-15')).toEqual([]);
    });

    it('counts a priority figure by figure: correction used, cancelled action left out', () => {
      expect(model.priorityProgress('nwl-asb', '2017-10-15')).toEqual({
        actions: 3, // a1, a2, a3; a4 cancelled
        completed: 1, // a3
        onTrack: 0,
        atRisk: 0,
        offTrack: 1, // a1 after its Q2 correction to RED
        notStarted: 1, // a2
        milestones: 3, // ms1, ms2, ms3; ms4 left with a4
        milestonesReached: 1, // ms1
        milestonesOverdue: 1, // ms2 (Q2 ended 30 September)
        percentComplete: 140 / 3, // (40 + 0 + 100) / 3
      });
    });

    it('moves the overdue count with the as-of date', () => {
      expect(model.priorityProgress('nwl-asb', '2017-09-30').milestonesOverdue).toBe(0);
      expect(model.priorityProgress('nwl-asb', '2018-01-01').milestonesOverdue).toBe(2); // + ms3 (Q3)
    });

    it('gives zeros for a priority with no actions, and for one it does not know', () => {
      const zeros = {
        actions: 0, completed: 0, onTrack: 0, atRisk: 0, offTrack: 0, notStarted: 0,
        milestones: 0, milestonesReached: 0, milestonesOverdue: 0, percentComplete: 0,
      };
      expect(model.priorityProgress('nwl-reoffending', '2017-10-15')).toEqual(zeros);
      expect(model.priorityProgress('no-such-priority', '2017-10-15')).toEqual(zeros);
    });
  });

  describe('countyProgress', () => {
    it('rolls district priorities of the same year up under each county priority', () => {
      const rows = model.countyProgress(BOARD, FY, '2017-10-15');
      expect(rows.map((row) => [row.priorityId, row.aligned.map((a) => [a.partnershipId, a.priorityId])])).toEqual([
        ['county-asb', [[NWL, 'nwl-asb'], [CHARNWOOD, 'charnwood-asb']]],
        ['county-reoffending', [[NWL, 'nwl-reoffending']]],
      ]);
      expect(rows[0].aligned[0].progress).toEqual(model.priorityProgress('nwl-asb', '2017-10-15'));
      expect(rows[0].aligned[1].progress).toEqual({
        actions: 1, completed: 0, onTrack: 1, atRisk: 0, offTrack: 0, notStarted: 0,
        milestones: 0, milestonesReached: 0, milestonesOverdue: 0, percentComplete: 70,
      });
      expect(rows[0].progress).toEqual({
        actions: 4,
        completed: 1,
        onTrack: 1,
        atRisk: 0,
        offTrack: 1,
        notStarted: 1,
        milestones: 3,
        milestonesReached: 1,
        milestonesOverdue: 1,
        percentComplete: 52.5, // (40 + 0 + 100 + 70) / 4
      });
      expect(rows[1].progress.actions).toBe(0);
      expect(rows[1].progress.percentComplete).toBe(0);
    });

    it('counts an action once when a priority is reachable twice', () => {
      const h = leicestershire();
      // The same alignment recorded again (a retried command with a new id) changes nothing.
      h.alignPriority('nwl-2017', 'nwl-asb', { priorityId: 'county-asb', planId: 'board-2017', partnershipId: BOARD });
      const rows = foldedModel(h).countyProgress(BOARD, FY, '2017-10-15');
      expect(rows[0].aligned).toHaveLength(2);
      expect(rows[0].progress.actions).toBe(4);
    });

    it('answers an empty list for a missing board, a missing plan, or a partnership that is not a board', () => {
      expect(model.countyProgress('no-such-board', FY, '2017-10-15')).toEqual([]);
      expect(model.countyProgress(BOARD, '2019/20', '2017-10-15')).toEqual([]);
      expect(model.countyProgress(NWL, FY, '2017-10-15')).toEqual([]);
    });
  });

  describe('documents', () => {
    it('round-trips through JSON and answers the same', () => {
      const loaded = PlanReadModel.fromDocuments(JSON.parse(JSON.stringify(model.toDocuments())));
      expect(compareDocuments(loaded.toDocuments(), model.toDocuments())).toEqual([]);
      expect(loaded.partnerships().map((p) => p.id)).toEqual([BOARD, NWL, CHARNWOOD]);
      expect(loaded.countyProgress(BOARD, FY, '2017-10-15')).toEqual(model.countyProgress(BOARD, FY, '2017-10-15'));
      expect(loaded.progress({}, '2017-10-15')).toEqual(model.progress({}, '2017-10-15'));
    });

    it('goes on from loaded documents exactly as from events', () => {
      const h = leicestershire();
      const loaded = PlanReadModel.fromDocuments(JSON.parse(JSON.stringify(foldedModel(h).toDocuments())));
      const more = [
        h.alignPriority('nwl-2017', 'nwl-reoffending', { priorityId: 'county-asb', planId: 'board-2017', partnershipId: BOARD }),
        h.recordUpdate('a2', '2017/18 Q2', 'AMBER', 15),
      ];
      for (const event of more) loaded.apply(event);
      expect(compareDocuments(loaded.toDocuments(), foldedModel(h).toDocuments())).toEqual([]);
      expect(loaded.countyProgress(BOARD, FY, '2017-10-15')[0].aligned.map((a) => a.priorityId)).toEqual([
        'nwl-asb',
        'nwl-reoffending',
        'charnwood-asb',
      ]);
    });

    it('tracks which documents changed since the last save', () => {
      const h = leicestershire();
      const tracked = foldedModel(h);
      expect(tracked.changedDocuments()).toHaveLength(tracked.toDocuments().length);
      tracked.markSaved();
      expect(tracked.hasChanges).toBe(false);
      tracked.apply(h.recordUpdate('a2', '2017/18 Q2', 'GREEN', 10));
      expect(tracked.changedDocuments().map((d) => [d.kind, d.id])).toEqual([['action', 'a2']]);
      tracked.apply(h.createAction('a6', { ...charnwoodPlan, priorityId: 'charnwood-asb' }));
      expect(tracked.changedDocuments().map((d) => [d.kind, d.id])).toEqual([
        ['priority', 'charnwood-asb'],
        ['action', 'a2'],
        ['action', 'a6'],
      ]);
    });
  });

  // Speed is measured by `npm run bench`, never asserted here; this pins the figures at scale.
  it('rolls up 35,000 actions across 700 priorities', () => {
    const h = new PlanHistory();
    const perPriority = 50;
    let actionNumber = 0;
    for (let p = 0; p < 70; p++) {
      const partnershipId = `csp-${p}`;
      const planId = `plan-${p}`;
      h.registerPartnership(partnershipId, `CSP ${p}`);
      h.createPlan(planId, partnershipId, FY);
      for (let q = 0; q < 10; q++) {
        const priorityId = `${planId}-priority-${q}`;
        h.addPriority(planId, priorityId, `Priority ${q}`);
        for (let a = 0; a < perPriority; a++) {
          const actionId = `action-${actionNumber++}`;
          h.createAction(actionId, { planId, partnershipId, priorityId, financialYear: FY });
          h.scheduleMilestone(actionId, `${actionId}-m1`, '2017/18 Q2');
          h.scheduleMilestone(actionId, `${actionId}-m2`, '2017/18 Q4');
          h.recordUpdate(actionId, '2017/18 Q1', a % 3 === 0 ? 'GREEN' : a % 3 === 1 ? 'AMBER' : 'RED', a % 101);
        }
      }
    }
    const big = foldedModel(h);
    expect(big.size.actions).toBe(35_000);
    const rows = big.progress({}, '2017-10-15');
    expect(rows).toHaveLength(700);
    expect(rows.reduce((sum, row) => sum + row.progress.actions, 0)).toBe(35_000);
    expect(rows.reduce((sum, row) => sum + row.progress.milestonesOverdue, 0)).toBe(35_000); // every Q2 milestone
  });
});
