import type { DemoData, PlanSpec } from './data/demo-data.types';
import { compileDemo } from './demo-compiler';

const plan: PlanSpec = {
  as: 'plan',
  partnership: 'csp',
  title: 'Plan 2017/18',
  actor: 'coordinator',
  draftedFrom: '2017-04-10 09:30',
  priorities: [{ as: 'asb', title: 'Reduce ASB', statutory: true }],
  actions: [
    {
      as: 'patrols',
      priority: 'asb',
      title: 'Patrols',
      leadAgency: 'Police',
      fundingSource: 'Fund',
      budget: 1_000,
      milestones: [{ as: 'm1', title: 'Plan agreed', due: '2017/18 Q1', reached: ['2017-06-15', '2017-06-16 10:00', 'Minutes'] }],
      updates: [['Q1', '2017-07-12 10:00', 'GREEN', 25, 'Started.']],
    },
    { as: 'closed', priority: 'asb', title: 'Done early', leadAgency: 'Council', fundingSource: 'Fund', budget: 500, completed: '2017-05-01 12:00' },
  ],
};

const data: DemoData = {
  financialYear: '2017/18',
  registration: { actor: 'admin', from: '2017-04-03 09:00', minutesApart: 2, items: [['csp', 'A CSP', 'COMMUNITY_SAFETY_PARTNERSHIP'], ['pcc', 'The PCC', 'POLICE_AND_CRIME_COMMISSIONER']] },
  plans: [plan],
  alignment: { actor: 'sog', from: '2017-06-05 14:00', minutesApart: 2, items: [] },
  funding: { actor: 'opcc', funder: 'pcc', from: '2017-07-12 10:00', funds: [{ as: 'fund', source: 'Fund', recipient: 'csp', amount: 2_000, plan: 'plan', spend: true }] },
  structureChanges: [{ at: '2016-01-01 09:00', actor: 'admin', mutation: 'renamePartnership', input: { partnershipId: '@csp', name: 'B CSP', on: '2016-01-01' } }],
};

describe('compileDemo', () => {
  const steps = compileDemo(data);
  const summary = steps.map((s) => `${s.at} ${s.mutation}`);

  it('orders the story by time, keeps written order for equal instants, and puts structure changes last', () => {
    expect(summary).toEqual([
      '2017-04-03T09:00:00Z registerPartnership',
      '2017-04-03T09:02:00Z registerPartnership',
      '2017-04-10T09:30:00Z createActionPlan',
      '2017-04-10T09:31:00Z addPriority',
      '2017-04-10T09:32:00Z createAction',
      '2017-04-10T09:33:00Z scheduleMilestone',
      '2017-04-10T09:34:00Z createAction',
      '2017-05-01T12:00:00Z completeAction',
      '2017-06-16T10:00:00Z reachMilestone',
      // The update and the fund share an instant: the plan was written first.
      '2017-07-12T10:00:00Z recordQuarterlyUpdate',
      '2017-07-12T10:00:00Z registerFundingSource',
      '2017-07-12T10:01:00Z allocateFunding',
      '2017-07-12T10:02:00Z recordFundingSpend',
      '2016-01-01T09:00:00Z renamePartnership',
    ]);
  });

  it('writes inputs with @references and the plan year, funding only open actions and spending by percent complete', () => {
    const by = (mutation: string) => steps.filter((s) => s.mutation === mutation);
    expect(by('createActionPlan')[0]).toEqual({
      at: '2017-04-10T09:30:00Z',
      actor: 'coordinator',
      mutation: 'createActionPlan',
      input: { partnershipId: '@csp', financialYear: '2017/18', title: 'Plan 2017/18' },
      as: 'plan',
    });
    expect(by('recordQuarterlyUpdate')[0].input).toEqual({ actionId: '@patrols', quarter: '2017/18 Q1', rag: 'GREEN', percentComplete: 25, narrative: 'Started.' });
    expect(by('allocateFunding').map((s) => s.input)).toEqual([{ fundingSourceId: '@fund', actionId: '@patrols', amount: 1_000 }]);
    expect(by('recordFundingSpend')[0]).toMatchObject({ actor: 'coordinator', input: { actionId: '@patrols', quarter: '2017/18 Q1', amount: 250 } });
    expect(by('registerFundingSource')[0].input).toEqual({ name: 'Fund', funderPartnershipId: '@pcc', recipientPartnershipId: '@csp', financialYear: '2017/18', amount: 2_000 });
  });

  it('rejects a fund that names no plan', () => {
    const broken: DemoData = { ...data, funding: { ...data.funding, funds: [{ ...data.funding.funds[0], plan: 'nope' }] } };
    expect(() => compileDemo(broken)).toThrow('demo data: fund fund names no plan nope');
  });

  it("defines an indicator by its plan's actor, targets a minute apart, values and a correction at their times", () => {
    const withIndicator: DemoData = {
      ...data,
      indicators: [
        {
          as: 'crime', plan: 'plan', priority: null, name: 'Crime change', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 67,
          source: 'Police', defined: '2017-06-20 10:00', targets: [['Q1', 60], ['Q2', 45]],
          values: [['Q1', '2017-07-12 09:30', 62, null]], correction: { q: 'Q1', at: '2017-07-20 09:00', value: 61, reason: 'Re-run' },
        },
      ],
    };
    const steps = compileDemo(withIndicator).filter((s) => /Indicator/.test(s.mutation));
    expect(steps.map((s) => `${s.at} ${s.actor} ${s.mutation}`)).toEqual([
      '2017-06-20T10:00:00Z coordinator defineIndicator',
      '2017-06-20T10:01:00Z coordinator setIndicatorTarget',
      '2017-06-20T10:02:00Z coordinator setIndicatorTarget',
      '2017-07-12T09:30:00Z coordinator recordIndicatorValue',
      '2017-07-20T09:00:00Z coordinator correctIndicatorValue',
    ]);
    expect(steps[0]).toMatchObject({ as: 'crime', input: { planId: '@plan', priorityId: null, amberTolerancePercent: null, aggregation: null, baseline: 67 } });
    expect(steps[3].input).toEqual({ indicatorId: '@crime', quarter: '2017/18 Q1', value: 62, note: null });
    expect(() => compileDemo({ ...withIndicator, indicators: [{ ...withIndicator.indicators![0], plan: 'nope' }] })).toThrow(
      'demo data: indicator crime names no plan nope',
    );
  });
});
