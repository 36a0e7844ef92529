import { streams } from '@saferplan/domain/events';
import type { IndicatorDefined } from '@saferplan/domain/indicator/indicator.events';
import { PlanHistory } from '../../testing/plan-history';
import { ProjectionSpecification } from '../../testing/projection-specification';
import { PlanReadModel } from '../plan-read-model';
import { evolveIndicators, initialIndicators } from './indicator.projection';

const given = ProjectionSpecification.for({ initial: initialIndicators, evolve: evolveIndicators });

const definedData = (indicatorId: string, over: Partial<IndicatorDefined['data']> = {}): IndicatorDefined['data'] => ({
  indicatorId, planId: 'plan-nwl', partnershipId: 'nwl', financialYear: '2017/18', priorityId: 'asb',
  name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 2100, source: 'Leicestershire Police',
  amberTolerancePercent: 5, aggregation: null, ...over,
});

function define(h: PlanHistory, indicatorId: string, over: Partial<IndicatorDefined['data']> = {}) {
  return h.record(streams.indicator(indicatorId), { type: 'IndicatorDefined', data: definedData(indicatorId, over) });
}
const target = (h: PlanHistory, id: string, quarter: string, value: number) =>
  h.record(streams.indicator(id), { type: 'IndicatorTargetSet', data: { indicatorId: id, quarter, target: value } });
const value = (h: PlanHistory, id: string, quarter: string, figure: number) =>
  h.record(streams.indicator(id), { type: 'IndicatorValueRecorded', data: { indicatorId: id, quarter, value: figure, note: null } });

describe('indicator projection', () => {
  it('keeps targets and values per quarter in quarter order, a correction keeping the first value', () => {
    const h = new PlanHistory();
    define(h, 'asb');
    target(h, 'asb', '2017/18 Q2', 520);
    value(h, 'asb', '2017/18 Q1', 560);
    target(h, 'asb', '2017/18 Q1', 525);
    h.record(streams.indicator('asb'), {
      type: 'IndicatorValueCorrected',
      data: { indicatorId: 'asb', quarter: '2017/18 Q1', value: 551, note: 'revised', reason: 'duplicates removed' },
    }, { actor: 'analyst@nwl' });
    value(h, 'ghost', '2017/18 Q1', 1); // an indicator never defined is ignored
    given(h.events).then((view) => {
      expect([...view.byId.keys()]).toEqual(['asb']);
      const asb = view.byId.get('asb')!;
      expect(asb.version).toBe(5);
      expect(asb.quarters.map((q) => [q.quarter, q.target, q.value])).toEqual([
        ['2017/18 Q1', 525, 551],
        ['2017/18 Q2', 520, null],
      ]);
      expect(asb.quarters[0]).toMatchObject({ note: 'revised', recordedBy: 'analyst@nwl', correctionReason: 'duplicates removed' });
      expect(asb.quarters[0].previousValues).toEqual([
        { value: 560, note: null, recordedAt: h.events[2].metadata.recordedAt, recordedBy: 'coordinator@example.org', correctionReason: null },
      ]);
      expect(view.ofPriority.get('asb')).toEqual([asb]);
    });
  });

  it("rolls a county board's indicator up from its districts' same indicator: SUM, or MEAN of those reporting", () => {
    const h = new PlanHistory();
    h.registerPartnership('county', 'Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
    h.registerPartnership('nwl', 'North West Leicestershire CSP');
    h.registerPartnership('melton', 'Melton CSP');
    h.createPlan('plan-county', 'county', '2017/18', 'CSA', 'COUNTY_STRATEGY_BOARD');
    h.addPriority('plan-county', 'c-asb', 'Anti-social behaviour');
    for (const id of ['nwl', 'melton']) {
      h.createPlan(`plan-${id}`, id, '2017/18');
      h.addPriority(`plan-${id}`, `${id}-asb`, 'ASB');
      h.alignPriority(`plan-${id}`, `${id}-asb`, { priorityId: 'c-asb', planId: 'plan-county', partnershipId: 'county' });
    }
    define(h, 'county-asb', { planId: 'plan-county', partnershipId: 'county', priorityId: 'c-asb', aggregation: 'SUM' });
    define(h, 'nwl-asb', { priorityId: 'nwl-asb' });
    define(h, 'melton-asb', { planId: 'plan-melton', partnershipId: 'melton', priorityId: 'melton-asb', name: '  asb  Reports' });
    define(h, 'melton-other', { planId: 'plan-melton', partnershipId: 'melton', priorityId: 'melton-asb', name: 'ASB reports', unit: 'PERCENT' });
    target(h, 'county-asb', '2017/18 Q1', 900);
    value(h, 'nwl-asb', '2017/18 Q1', 560);
    value(h, 'melton-asb', '2017/18 Q1', 330);
    value(h, 'melton-asb', '2017/18 Q2', 300);
    value(h, 'melton-other', '2017/18 Q1', 99);

    const model = new PlanReadModel();
    for (const event of h.events) model.apply(event);
    const county = model.indicator('county-asb')!;
    expect(model.indicatorDistricts(county).map((i) => i.id)).toEqual(['nwl-asb', 'melton-asb']);
    expect(model.indicatorQuarters(county).map((q) => [q.quarter, q.target, q.value, q.note])).toEqual([
      ['2017/18 Q1', 900, 890, 'Sum of 2 of 2 districts'],
      ['2017/18 Q2', null, 300, 'Sum of 1 of 2 districts'],
    ]);

    const meanModel = new PlanReadModel();
    for (const event of h.events) {
      meanModel.apply(event.type === 'IndicatorDefined' && (event.data as { indicatorId: string }).indicatorId === 'county-asb'
        ? { ...event, data: { ...(event.data as object), aggregation: 'MEAN' } }
        : event);
    }
    expect(meanModel.indicatorQuarters(meanModel.indicator('county-asb')!)[0]).toMatchObject({ value: 445, note: 'Mean of 2 of 2 districts' });

    // Stored and loaded back, the roll-up and the priority index answer the same.
    const reloaded = PlanReadModel.fromDocuments(model.toDocuments());
    expect(reloaded.indicatorQuarters(reloaded.indicator('county-asb')!)).toEqual(model.indicatorQuarters(county));
    expect(reloaded.indicators({ priorityId: 'melton-asb' }).map((i) => i.id)).toEqual(['melton-asb', 'melton-other']);
    expect(reloaded.indicators({ partnershipId: 'nwl', financialYear: '2017/18' }).map((i) => i.id)).toEqual(['nwl-asb']);
  });
});
