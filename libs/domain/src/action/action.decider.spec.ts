import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type {
  CancelAction,
  CompleteAction,
  CorrectQuarterlyUpdate,
  CreateAction,
  EditAction,
  ReachMilestone,
  RecordQuarterlyUpdate,
  ScheduleMilestone,
} from './action.commands';
import { actionDecider, milestoneOf, milestonesOf } from './action.decider';
import type {
  ActionCancelled,
  ActionCompleted,
  ActionCreated,
  MilestoneReached,
  MilestoneScheduled,
  QuarterlyUpdateRecorded,
  Rag,
} from './action.events';

const given = DeciderSpecification.for(actionDecider);
// 4 September 2018, 10:00 BST: the SOG meeting at which 2018/19 Q1 is reviewed.
const metadata = { now: new Date('2018-09-04T09:00:00Z'), actor: 'coordinator-1' };
const actionId = 'a-1';

const plan = {
  planId: 'nwl-csp-2018-19',
  exists: true,
  partnershipId: 'nwl-csp',
  financialYear: '2018/19',
  priorityIds: ['asb', 'reoffending'],
};

const create = (data: Partial<CreateAction['data']> = {}): CreateAction => ({
  type: 'CreateAction',
  data: {
    actionId,
    plan,
    priorityId: 'asb',
    title: 'Run a joint action group for ASB hotspots',
    leadAgency: 'North West Leicestershire District Council',
    leadOfficer: 'Community Safety Team Leader',
    fundingSource: 'PCC Community Safety Grant',
    budget: 12500.5,
    ...data,
  },
  metadata,
});
const schedule = (data: Partial<ScheduleMilestone['data']> = {}): ScheduleMilestone => ({
  type: 'ScheduleMilestone',
  data: { actionId, milestoneId: 'm-1', title: 'Hotspot map agreed with police', dueQuarter: '2018/19 Q2', ...data },
  metadata,
});
const reach = (data: Partial<ReachMilestone['data']> = {}, now = metadata.now): ReachMilestone => ({
  type: 'ReachMilestone',
  data: { actionId, milestoneId: 'm-1', reachedOn: '2018-08-20', evidence: 'JAG minutes 20 Aug', ...data },
  metadata: { ...metadata, now },
});
const update = {
  quarter: '2018/19 Q1',
  rag: 'AMBER' as Rag,
  percentComplete: 40,
  narrative: 'Two of five hotspots mapped; police analyst post vacant until August.',
};
const record = (data: Partial<RecordQuarterlyUpdate['data']> = {}): RecordQuarterlyUpdate => ({
  type: 'RecordQuarterlyUpdate',
  data: { actionId, ...update, ...data },
  metadata,
});
const correct = (data: Partial<CorrectQuarterlyUpdate['data']> = {}): CorrectQuarterlyUpdate => ({
  type: 'CorrectQuarterlyUpdate',
  data: { actionId, ...update, percentComplete: 35, reason: 'Q1 figure double-counted one hotspot', ...data },
  metadata,
});
const complete: CompleteAction = { type: 'CompleteAction', data: { actionId }, metadata };
const cancel = (reason = 'Merged into the county ASB action'): CancelAction => ({
  type: 'CancelAction',
  data: { actionId, reason },
  metadata,
});

const created: ActionCreated = {
  type: 'ActionCreated',
  data: {
    actionId,
    planId: 'nwl-csp-2018-19',
    partnershipId: 'nwl-csp',
    priorityId: 'asb',
    financialYear: '2018/19',
    title: 'Run a joint action group for ASB hotspots',
    leadAgency: 'North West Leicestershire District Council',
    leadOfficer: 'Community Safety Team Leader',
    fundingSource: 'PCC Community Safety Grant',
    budget: 12500.5,
  },
};
const scheduled: MilestoneScheduled = {
  type: 'MilestoneScheduled',
  data: { actionId, milestoneId: 'm-1', title: 'Hotspot map agreed with police', dueQuarter: '2018/19 Q2' },
};
const reached: MilestoneReached = {
  type: 'MilestoneReached',
  data: { actionId, milestoneId: 'm-1', reachedOn: '2018-08-20', evidence: 'JAG minutes 20 Aug' },
};
const q1Recorded: QuarterlyUpdateRecorded = { type: 'QuarterlyUpdateRecorded', data: { actionId, ...update } };
const completed: ActionCompleted = { type: 'ActionCompleted', data: { actionId } };
const cancelled: ActionCancelled = { type: 'ActionCancelled', data: { actionId, reason: 'Merged into the county ASB action' } };

const isInvalid = (field: string, message: string) => (e: InvalidInputError) => e.field === field && e.message === message;

describe('EditAction', () => {
  const edit = (data: Partial<EditAction['data']>) => ({
    type: 'EditAction' as const,
    data: { actionId, title: 'Run the JAG monthly', leadAgency: 'Leicestershire Police', leadOfficer: null, ...data },
    metadata,
  });

  it('records the new title and leads', () => {
    given([created])
      .when(edit({}))
      .then([{ type: 'ActionEdited', data: { actionId, title: 'Run the JAG monthly', leadAgency: 'Leicestershire Police', leadOfficer: null } }]);
  });

  it('answers every blank field at once', () => {
    given([created])
      .when(edit({ title: ' ', leadAgency: '' }))
      .thenThrows(InvalidInputError, (e) => e.problems.map((p) => p.field).join() === 'title,leadAgency');
  });

  it('refuses to edit a closed action', () => {
    given([created, { type: 'ActionCompleted', data: { actionId } }]).when(edit({})).thenThrows(ConflictError);
  });

  it('needs the action to exist', () => {
    given([]).when(edit({})).thenThrows(NotFoundError);
  });
});

describe('CreateAction', () => {
  it('creates the action under a priority, taking plan, partnership and year from the plan facts', () => {
    given([])
      .when(create({ title: ' Run a joint action group for ASB hotspots ', leadOfficer: ' Community Safety Team Leader ' }))
      .then([created]);
  });

  it('records absent optional details as null', () => {
    given([])
      .when(create({ leadOfficer: '   ', fundingSource: undefined, budget: null }))
      .then([{ type: 'ActionCreated', data: { ...created.data, leadOfficer: null, fundingSource: null, budget: null } }]);
  });

  it('requires a title', () => {
    given([]).when(create({ title: '' })).thenThrows(InvalidInputError, isInvalid('title', 'title is required'));
  });

  it('requires a lead agency', () => {
    given([]).when(create({ leadAgency: ' ' })).thenThrows(InvalidInputError, isInvalid('leadAgency', 'leadAgency is required'));
  });

  it('answers every missing field at once, not only the first', () => {
    given([])
      .when(create({ title: '', leadAgency: ' ' }))
      .thenThrows(InvalidInputError, (error) =>
        JSON.stringify(error.problems) ===
        JSON.stringify([
          { field: 'title', message: 'title is required' },
          { field: 'leadAgency', message: 'leadAgency is required' },
        ]),
      );
  });

  it('caps the lead officer at 200 characters', () => {
    given([])
      .when(create({ leadOfficer: 'x'.repeat(201) }))
      .thenThrows(InvalidInputError, isInvalid('leadOfficer', 'leadOfficer must be at most 200 characters (it has 201)'));
  });

  it('caps the funding source at 200 characters', () => {
    given([])
      .when(create({ fundingSource: 'x'.repeat(201) }))
      .thenThrows(InvalidInputError, isInvalid('fundingSource', 'fundingSource must be at most 200 characters (it has 201)'));
  });

  it.each([0, 0.29, 1000000])('accepts a budget of %p', (budget) => {
    given([]).when(create({ budget })).then([{ type: 'ActionCreated', data: { ...created.data, budget } }]);
  });

  it.each([-1, 10.005, Number.NaN, Number.POSITIVE_INFINITY])('rejects a budget of %p', (budget) => {
    given([])
      .when(create({ budget }))
      .thenThrows(
        InvalidInputError,
        isInvalid('budget', 'budget must be an amount in pounds of 0 or more, with at most 2 decimal places'),
      );
  });

  it('needs the plan to exist', () => {
    given([])
      .when(create({ plan: { ...plan, exists: false } }))
      .thenThrows(NotFoundError, (e) => e.entity === 'ActionPlan' && e.id === 'nwl-csp-2018-19');
  });

  it('needs the priority to be in the plan', () => {
    given([])
      .when(create({ priorityId: 'drugs' }))
      .thenThrows(NotFoundError, (e) => e.entity === 'Priority' && e.id === 'drugs');
  });

  it('refuses to create the same action twice', () => {
    given([created]).when(create()).thenThrows(ConflictError, (e) => e.message === 'Action a-1 already exists');
  });
});

describe('ScheduleMilestone', () => {
  it('schedules a milestone in a quarter of the plan year', () => {
    given([created]).when(schedule({ title: ' Hotspot map agreed with police ' })).then([scheduled]);
  });

  it('schedules a milestone in a later financial year', () => {
    given([created])
      .when(schedule({ dueQuarter: '2019/20 Q4' }))
      .then([{ type: 'MilestoneScheduled', data: { ...scheduled.data, dueQuarter: '2019/20 Q4' } }]);
  });

  it('requires a title', () => {
    given([created]).when(schedule({ title: '' })).thenThrows(InvalidInputError, isInvalid('title', 'title is required'));
  });

  it('rejects a due quarter not written like "2018/19 Q2"', () => {
    given([created])
      .when(schedule({ dueQuarter: 'Q2 2018' }))
      .thenThrows(
        InvalidInputError,
        isInvalid('dueQuarter', 'dueQuarter must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)'),
      );
  });

  it('rejects a due quarter before the plan year', () => {
    given([created])
      .when(schedule({ dueQuarter: '2017/18 Q4' }))
      .thenThrows(
        InvalidInputError,
        isInvalid(
          'dueQuarter',
          "dueQuarter 2017/18 Q4 is before the plan's financial year 2018/19: a milestone is due in the plan's year or a later one",
        ),
      );
  });

  it('refuses a milestone id already scheduled', () => {
    given([created, scheduled])
      .when(schedule({ title: 'Another milestone' }))
      .thenThrows(ConflictError, (e) => e.message === 'Milestone m-1 is already scheduled on action a-1');
  });
});

describe('ReachMilestone', () => {
  it('records the date reached and the evidence', () => {
    given([created, scheduled]).when(reach({ evidence: ' JAG minutes 20 Aug ' })).then([reached]);
  });

  it('records evidence as null when none is given', () => {
    given([created, scheduled])
      .when(reach({ evidence: undefined }))
      .then([{ type: 'MilestoneReached', data: { ...reached.data, evidence: null } }]);
  });

  it('counts today in UK time: 00:30 BST on 21 August allows 2018-08-21', () => {
    given([created, scheduled])
      .when(reach({ reachedOn: '2018-08-21' }, new Date('2018-08-20T23:30:00Z')))
      .then([{ type: 'MilestoneReached', data: { ...reached.data, reachedOn: '2018-08-21' } }]);
  });

  it('rejects a date that is not a real calendar date', () => {
    given([created, scheduled])
      .when(reach({ reachedOn: '2018-02-30' }))
      .thenThrows(InvalidInputError, isInvalid('reachedOn', 'reachedOn "2018-02-30" is not a real calendar date'));
  });

  it('refuses a reached date before the plan\'s year began, in words', () => {
    given([created, scheduled])
      .when(reach({ reachedOn: '2016-05-01' }))
      .thenThrows(
        InvalidInputError,
        isInvalid('reachedOn', "reachedOn 1 May 2016 is before the plan's year 2018/19 began on 1 April 2018"),
      );
  });

  it('rejects a date in the future', () => {
    given([created, scheduled])
      .when(reach({ reachedOn: '2018-09-05' }))
      .thenThrows(InvalidInputError, isInvalid('reachedOn', 'reachedOn cannot be in the future'));
  });

  it('needs the milestone to exist', () => {
    given([created, scheduled])
      .when(reach({ milestoneId: 'toString' }))
      .thenThrows(NotFoundError, (e) => e.entity === 'Milestone' && e.id === 'toString');
  });

  it('refuses to reach a milestone twice', () => {
    given([created, scheduled, reached])
      .when(reach({ reachedOn: '2018-09-01' }))
      .thenThrows(ConflictError, (e) => e.message === 'Milestone m-1 was already reached on 2018-08-20');
  });
});

describe('RecordQuarterlyUpdate', () => {
  it('records the update for a quarter of the plan year', () => {
    given([created]).when(record({ narrative: `  ${update.narrative}\n` })).then([q1Recorded]);
  });

  it('records updates for different quarters of the same action', () => {
    given([created, q1Recorded])
      .when(record({ quarter: '2018/19 Q2', rag: 'GREEN', percentComplete: 60 }))
      .then([
        { type: 'QuarterlyUpdateRecorded', data: { actionId, ...update, quarter: '2018/19 Q2', rag: 'GREEN', percentComplete: 60 } },
      ]);
  });

  it('rejects a quarter not written like "2018/19 Q1"', () => {
    given([created])
      .when(record({ quarter: '2018/19 Q5' }))
      .thenThrows(
        InvalidInputError,
        isInvalid('quarter', 'quarter must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)'),
      );
  });

  it('rejects a quarter outside the plan year, naming the year', () => {
    given([created])
      .when(record({ quarter: '2019/20 Q1' }))
      .thenThrows(
        InvalidInputError,
        isInvalid(
          'quarter',
          "quarter 2019/20 Q1 is not a quarter of this action's financial year 2018/19: an update reports on 2018/19 Q1 to Q4",
        ),
      );
  });

  it('accepts only GREEN, AMBER or RED', () => {
    given([created])
      .when(record({ rag: 'BLUE' as Rag }))
      .thenThrows(InvalidInputError, isInvalid('rag', 'rag must be one of GREEN, AMBER, RED'));
  });

  it.each([-1, 101, 40.5, Number.NaN])('rejects percentComplete %p', (percentComplete) => {
    given([created])
      .when(record({ percentComplete }))
      .thenThrows(InvalidInputError, isInvalid('percentComplete', 'percentComplete must be a whole number from 0 to 100'));
  });

  it.each([0, 100])('accepts percentComplete %p', (percentComplete) => {
    given([created])
      .when(record({ percentComplete }))
      .then([{ type: 'QuarterlyUpdateRecorded', data: { ...q1Recorded.data, percentComplete } }]);
  });

  it('requires a narrative', () => {
    given([created]).when(record({ narrative: ' ' })).thenThrows(InvalidInputError, isInvalid('narrative', 'narrative is required'));
  });

  it('caps the narrative at 10000 characters', () => {
    given([created])
      .when(record({ narrative: 'x'.repeat(10001) }))
      .thenThrows(InvalidInputError, isInvalid('narrative', 'narrative must be at most 10000 characters (it has 10001)'));
  });

  it('refuses a second update for the same quarter, pointing to a correction', () => {
    given([created, q1Recorded])
      .when(record({ rag: 'GREEN' }))
      .thenThrows(
        ConflictError,
        (e) =>
          e.field === 'quarter' &&
          e.message === 'An update for 2018/19 Q1 is already recorded on action a-1: use correctQuarterlyUpdate with a reason to change it',
      );
  });
});

describe('CorrectQuarterlyUpdate', () => {
  it('corrects the update for a quarter, with the reason', () => {
    given([created, q1Recorded])
      .when(correct({ reason: ' Q1 figure double-counted one hotspot ' }))
      .then([
        {
          type: 'QuarterlyUpdateCorrected',
          data: { actionId, ...update, percentComplete: 35, reason: 'Q1 figure double-counted one hotspot' },
        },
      ]);
  });

  it('validates the figures as a new update would', () => {
    given([created, q1Recorded])
      .when(correct({ percentComplete: 120 }))
      .thenThrows(InvalidInputError, isInvalid('percentComplete', 'percentComplete must be a whole number from 0 to 100'));
  });

  it('rejects a quarter outside the plan year', () => {
    given([created, q1Recorded])
      .when(correct({ quarter: '2017/18 Q4' }))
      .thenThrows(
        InvalidInputError,
        isInvalid(
          'quarter',
          "quarter 2017/18 Q4 is not a quarter of this action's financial year 2018/19: an update reports on 2018/19 Q1 to Q4",
        ),
      );
  });

  it('requires a reason', () => {
    given([created, q1Recorded]).when(correct({ reason: '  ' })).thenThrows(InvalidInputError, isInvalid('reason', 'reason is required'));
  });

  it('needs an update to correct', () => {
    given([created, q1Recorded])
      .when(correct({ quarter: '2018/19 Q2' }))
      .thenThrows(InvalidInputError, isInvalid('quarter', 'no update has been recorded for 2018/19 Q2 yet: record it first'));
  });

  it('can correct the same quarter again', () => {
    const firstCorrection = {
      type: 'QuarterlyUpdateCorrected' as const,
      data: { actionId, ...update, percentComplete: 35, reason: 'Q1 figure double-counted one hotspot' },
    };
    given([created, q1Recorded, firstCorrection])
      .when(correct({ rag: 'RED', reason: 'Analyst post still vacant' }))
      .then([
        {
          type: 'QuarterlyUpdateCorrected',
          data: { actionId, ...update, rag: 'RED', percentComplete: 35, reason: 'Analyst post still vacant' },
        },
      ]);
  });
});

describe('CompleteAction', () => {
  it('completes an open action', () => {
    given([created, q1Recorded]).when(complete).then([completed]);
  });
});

describe('CancelAction', () => {
  it('cancels an open action with the reason', () => {
    given([created]).when(cancel(' Merged into the county ASB action ')).then([cancelled]);
  });

  it('requires a reason', () => {
    given([created]).when(cancel('')).thenThrows(InvalidInputError, isInvalid('reason', 'reason is required'));
  });
});

describe('an action that does not exist', () => {
  it.each([
    ['ScheduleMilestone', schedule()],
    ['ReachMilestone', reach()],
    ['RecordQuarterlyUpdate', record()],
    ['CorrectQuarterlyUpdate', correct()],
    ['CompleteAction', complete],
    ['CancelAction', cancel()],
  ])('refuses %s as not found', (_name, command) => {
    given([])
      .when(command)
      .thenThrows(NotFoundError, (e) => e.entity === 'Action' && e.id === 'a-1' && e.message === 'Action a-1 was not found');
  });
});

describe('a closed action', () => {
  const commands = [
    ['ScheduleMilestone', schedule({ milestoneId: 'm-2' })],
    ['ReachMilestone', reach()],
    ['RecordQuarterlyUpdate', record({ quarter: '2018/19 Q2' })],
    ['CorrectQuarterlyUpdate', correct()],
    ['CompleteAction', complete],
    ['CancelAction', cancel()],
    // however the input is written: the action refuses every change
    ['RecordQuarterlyUpdate with invalid input', record({ quarter: 'nonsense', rag: 'BLUE' as Rag })],
  ] as const;

  it.each(commands)('refuses %s once completed', (_name, command) => {
    given([created, scheduled, q1Recorded, completed])
      .when(command)
      .thenThrows(ConflictError, (e) => e.message === 'Action a-1 is completed and can no longer change');
  });

  it.each(commands)('refuses %s once cancelled', (_name, command) => {
    given([created, scheduled, q1Recorded, cancelled])
      .when(command)
      .thenThrows(ConflictError, (e) => e.message === 'Action a-1 is cancelled and can no longer change');
  });
});

describe('action state', () => {
  it('keeps what decide needs: lifecycle, year, milestones and updated quarters', () => {
    const { initialState, evolve } = actionDecider;
    const state = [created, scheduled, reached, q1Recorded, completed].reduce(evolve, initialState());
    const { milestones, ...rest } = state;
    expect(rest).toEqual({
      exists: true,
      actionId,
      status: 'completed',
      financialYear: '2018/19',
      updatedQuarters: ['2018/19 Q1'],
    });
    expect(milestonesOf(state)).toEqual({ 'm-1': { dueQuarter: '2018/19 Q2', reachedOn: '2018-08-20' } });
    expect(milestoneOf(state, 'toString')).toBeUndefined();
    expect(milestones).not.toBeNull();
  });
});

describe('every wrong field of a quarterly update at once', () => {
  it('answers quarter, RAG, % complete and narrative together', () => {
    given([created])
      .when({
        type: 'RecordQuarterlyUpdate',
        data: { actionId, quarter: '2018/19 Q5', rag: 'BLUE' as Rag, percentComplete: 45.5, narrative: ' ' },
        metadata,
      })
      .thenThrows(InvalidInputError, (e) => e.problems.map((p) => p.field).join() === 'quarter,rag,percentComplete,narrative');
  });
});
