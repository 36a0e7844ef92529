import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { AddPriority, AlignPriority, CreateActionPlan } from './action-plan.commands';
import { actionPlanDecider, actionPlanIdFor } from './action-plan.decider';
import type { ActionPlanCreated, PriorityAdded, PriorityAligned } from './action-plan.events';

const given = DeciderSpecification.for(actionPlanDecider);
const metadata = { now: new Date('2017-04-10T09:00:00Z'), actor: 'coordinator-1' };
const planId = 'nwl-csp-2017-18';

const createPlan = (data: Partial<CreateActionPlan['data']> = {}): CreateActionPlan => ({
  type: 'CreateActionPlan',
  data: {
    planId,
    partnership: { partnershipId: 'nwl-csp', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', exists: true },
    financialYear: '2017/18',
    title: 'Community Safety Action Plan 2017/18',
    ...data,
  },
  metadata,
});

const addPriority = (data: Partial<AddPriority['data']> = {}): AddPriority => ({
  type: 'AddPriority',
  data: { planId, priorityId: 'asb', title: 'Increasing community confidence by addressing ASB', statutory: false, ...data },
  metadata,
});

type Target = AlignPriority['data']['target'];
const countyTarget: Target = {
  priorityId: 'county-asb',
  planId: 'county-board-2017-18',
  partnershipId: 'county-board',
  partnershipKind: 'COUNTY_STRATEGY_BOARD',
  financialYear: '2017/18',
  exists: true,
};
const align = (target: Partial<Target> = {}, priorityId = 'asb'): AlignPriority => ({
  type: 'AlignPriority',
  data: { planId, priorityId, target: { ...countyTarget, ...target } },
  metadata,
});

const planCreated: ActionPlanCreated = {
  type: 'ActionPlanCreated',
  data: {
    planId,
    partnershipId: 'nwl-csp',
    partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP',
    financialYear: '2017/18',
    title: 'Community Safety Action Plan 2017/18',
  },
};
const asbAdded: PriorityAdded = {
  type: 'PriorityAdded',
  data: { planId, priorityId: 'asb', title: 'Increasing community confidence by addressing ASB', statutory: false },
};
const alignedToCounty: PriorityAligned = {
  type: 'PriorityAligned',
  data: {
    planId,
    priorityId: 'asb',
    alignedToPriorityId: 'county-asb',
    alignedToPlanId: 'county-board-2017-18',
    alignedToPartnershipId: 'county-board',
  },
};

describe('actionPlanIdFor', () => {
  it('derives one id per partnership and financial year', () => {
    expect(actionPlanIdFor('nwl-csp', '2017/18')).toBe('nwl-csp-2017-18');
    expect(actionPlanIdFor('nwl-csp', '2099/00')).toBe('nwl-csp-2099-00');
  });
});

describe('CreateActionPlan', () => {
  it('creates the plan, recording the partnership kind from the facts', () => {
    given([])
      .when(createPlan({ title: '  Community Safety Action Plan 2017/18 ' }))
      .then([planCreated]);
  });

  it('rejects a financial year that is not written like "2017/18"', () => {
    given([])
      .when(createPlan({ financialYear: '2017-18' }))
      .thenThrows(
        InvalidInputError,
        (e) => e.field === 'financialYear' && e.message === 'financialYear must look like "2017/18" (April to March)',
      );
  });

  it('requires a title', () => {
    given([])
      .when(createPlan({ title: '' }))
      .thenThrows(InvalidInputError, (e) => e.field === 'title' && e.message === 'title is required');
  });

  it('refuses a plan id that is not the one derived from partnership and year', () => {
    given([])
      .when(createPlan({ planId: 'some-other-id' }))
      .thenThrows(
        InvalidInputError,
        (e) =>
          e.field === 'planId' &&
          e.message ===
            'planId must be "nwl-csp-2017-18" (one plan per partnership per financial year), not "some-other-id"',
      );
  });

  it('needs the partnership to exist', () => {
    given([])
      .when(createPlan({ partnership: { partnershipId: 'nwl-csp', kind: 'COMMUNITY_SAFETY_PARTNERSHIP', exists: false } }))
      .thenThrows(NotFoundError, (e) => e.entity === 'Partnership' && e.id === 'nwl-csp' && e.message === 'Partnership nwl-csp was not found');
  });

  it('allows one plan per partnership per financial year', () => {
    given([planCreated])
      .when(createPlan({ title: 'A second plan' }))
      .thenThrows(
        ConflictError,
        (e) => e.message === 'Partnership nwl-csp already has an action plan for 2017/18 (nwl-csp-2017-18)',
      );
  });
});

describe('AddPriority', () => {
  it('adds a priority with its trimmed title and statutory flag', () => {
    given([planCreated])
      .when(addPriority({ priorityId: 'reoffending', title: ' Reducing re-offending ', statutory: true }))
      .then([
        { type: 'PriorityAdded', data: { planId, priorityId: 'reoffending', title: 'Reducing re-offending', statutory: true } },
      ]);
  });

  it('needs the plan to exist', () => {
    given([])
      .when(addPriority())
      .thenThrows(NotFoundError, (e) => e.entity === 'ActionPlan' && e.id === planId);
  });

  it('requires a title', () => {
    given([planCreated])
      .when(addPriority({ title: '  ' }))
      .thenThrows(InvalidInputError, (e) => e.field === 'title' && e.message === 'title is required');
  });

  it('refuses a second priority with the same title, ignoring case and surrounding spaces', () => {
    given([planCreated, asbAdded])
      .when(addPriority({ priorityId: 'asb-2', title: ' increasing COMMUNITY confidence by addressing asb ' }))
      .thenThrows(
        ConflictError,
        (e) =>
          e.field === 'title' &&
          e.message === `Action plan ${planId} already has a priority titled "Increasing community confidence by addressing ASB"`,
      );
  });

  it('refuses a priority id already in the plan', () => {
    given([planCreated, asbAdded])
      .when(addPriority({ title: 'Protecting vulnerable people' }))
      .thenThrows(ConflictError, (e) => e.field === undefined && e.message === `Priority asb is already in action plan ${planId}`);
  });
});

describe('AlignPriority', () => {
  it('aligns a district priority to a county strategy board priority', () => {
    given([planCreated, asbAdded]).when(align()).then([alignedToCounty]);
  });

  it('aligns the same priority to a Police and Crime Plan priority as well', () => {
    given([planCreated, asbAdded, alignedToCounty])
      .when(align({ priorityId: 'pcc-asb', planId: 'opcc-2017-18', partnershipId: 'opcc', partnershipKind: 'POLICE_AND_CRIME_COMMISSIONER' }))
      .then([
        {
          type: 'PriorityAligned',
          data: { planId, priorityId: 'asb', alignedToPriorityId: 'pcc-asb', alignedToPlanId: 'opcc-2017-18', alignedToPartnershipId: 'opcc' },
        },
      ]);
  });

  it('needs the plan to exist', () => {
    given([])
      .when(align())
      .thenThrows(NotFoundError, (e) => e.entity === 'ActionPlan' && e.id === planId);
  });

  it('needs the priority to be in this plan', () => {
    given([planCreated, asbAdded])
      .when(align({}, 'drugs'))
      .thenThrows(NotFoundError, (e) => e.entity === 'Priority' && e.id === 'drugs');
  });

  it('needs the target priority to exist', () => {
    given([planCreated, asbAdded])
      .when(align({ exists: false }))
      .thenThrows(NotFoundError, (e) => e.entity === 'Priority' && e.id === 'county-asb');
  });

  it('refuses a target in the same plan', () => {
    given([planCreated, asbAdded])
      .when(align({ priorityId: 'other', planId, partnershipId: 'nwl-csp', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP' }))
      .thenThrows(
        InvalidInputError,
        (e) =>
          e.field === 'alignedToPriorityId' &&
          e.message === 'alignedToPriorityId must be a priority of another plan: other is in the same plan as asb',
      );
  });

  it('refuses a target that is another community safety partnership priority', () => {
    given([planCreated, asbAdded])
      .when(align({ priorityId: 'hinckley-asb', planId: 'hb-csp-2017-18', partnershipId: 'hb-csp', partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP' }))
      .thenThrows(
        InvalidInputError,
        (e) =>
          e.field === 'alignedToPriorityId' &&
          e.message ===
            'alignedToPriorityId must be a priority of a COUNTY_STRATEGY_BOARD or POLICE_AND_CRIME_COMMISSIONER plan: ' +
              'hinckley-asb belongs to a COMMUNITY_SAFETY_PARTNERSHIP plan',
      );
  });

  it('refuses a target from another financial year, which the county view would never count', () => {
    given([planCreated, asbAdded])
      .when(align({ planId: 'county-board-2018-19', financialYear: '2018/19' }))
      .thenThrows(
        InvalidInputError,
        (e) =>
          e.field === 'alignedToPriorityId' &&
          e.message === 'alignedToPriorityId must be a priority of a 2017/18 plan: county-asb is in a 2018/19 plan',
      );
  });

  it('records nothing when the priority is already aligned to that target', () => {
    given([planCreated, asbAdded, alignedToCounty]).when(align()).thenNothing();
  });
});

describe('action plan state', () => {
  it('keeps the plan facts and each priority with its alignments', () => {
    const { initialState, evolve } = actionPlanDecider;
    const state = [planCreated, asbAdded, alignedToCounty].reduce(evolve, initialState());
    expect(state).toEqual({
      exists: true,
      planId,
      partnershipId: 'nwl-csp',
      partnershipKind: 'COMMUNITY_SAFETY_PARTNERSHIP',
      financialYear: '2017/18',
      title: 'Community Safety Action Plan 2017/18',
      priorities: [
        { id: 'asb', title: 'Increasing community confidence by addressing ASB', statutory: false, alignedTo: ['county-asb'] },
      ],
    });
  });
});
