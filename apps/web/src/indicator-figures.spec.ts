import { districtComparison, figure, type Indicator, indicatorDescription, indicatorLines, indicatorSeries } from './indicator-figures';

const asb: Indicator = {
  id: 'i1', financialYear: '2017/18', name: 'ASB reports', unit: 'COUNT', polarity: 'LOWER_IS_BETTER', baseline: 2229, source: 'Leicestershire Police',
  amberTolerancePercent: 5, aggregation: null, ragRule: 'GREEN: ...',
  values: [
    { quarter: '2017/18 Q1', value: 567, target: 540, rag: 'AMBER', ragWords: 'Amber: worse than target by 5% of it or less', note: null, correctionReason: null },
    { quarter: '2017/18 Q3', value: null, target: 520, rag: null, ragWords: null, note: null, correctionReason: null },
  ],
  districts: [],
};

describe('indicator figures', () => {
  it('lays every quarter of the year out, gaps included', () => {
    expect(indicatorSeries(asb, '2017/18').map((p) => [p.quarter, p.value, p.target, p.ragWords])).toEqual([
      ['2017/18 Q1', 567, 540, 'Amber: worse than target by 5% of it or less'],
      ['2017/18 Q2', null, null, 'No value yet'],
      ['2017/18 Q3', null, 520, 'No value yet'],
      ['2017/18 Q4', null, null, 'No value yet'],
    ]);
  });

  it('describes the line in words', () => {
    expect(indicatorDescription(indicatorLines([asb], '2017/18')[0])).toBe(
      'ASB reports, 2017/18, lower is better. 2017/18 Q1: 567 against target 540 (Amber: worse than target by 5% of it or less); ' +
        '2017/18 Q2: no value against no target; 2017/18 Q3: no value against target 520; 2017/18 Q4: no value against no target.',
    );
  });

  it('writes figures with their unit', () => {
    expect([figure(1234.5, 'COUNT'), figure(12.5, 'PERCENT'), figure(3.2, 'RATE_PER_1000'), figure(1200, 'CURRENCY_GBP'), figure(9, 'DAYS')]).toEqual([
      '1,234.5', '12.5%', '3.2 per 1,000', '£1,200.00', '9 days',
    ]);
  });

  it("sets a county roll-up's districts side by side", () => {
    const county: Indicator = {
      ...asb, aggregation: 'SUM',
      districts: [{ id: 'd1', partnershipId: 'nwl', name: 'ASB reports', unit: 'COUNT', values: [asb.values[0]] }],
    };
    expect(districtComparison(county, '2017/18', new Map([['nwl', 'North West Leicestershire']]))).toEqual([
      { partnershipId: 'nwl', name: 'North West Leicestershire', values: [567, null, null, null] },
    ]);
    expect(indicatorDescription(indicatorLines([county], '2017/18')[0])).toMatch(/^ASB reports, the sum of 1 district, 2017\/18/);
  });

  it("joins the same measure over the years up to the one viewed, a later year's left out", () => {
    const earlier: Indicator = { ...asb, id: 'i0', financialYear: '2016/17', name: 'asb  Reports', values: [{ ...asb.values[0], quarter: '2016/17 Q4', value: 600, target: 590 }] };
    const later: Indicator = { ...asb, id: 'i2', financialYear: '2018/19' };
    const other: Indicator = { ...asb, id: 'i3', unit: 'PERCENT' };
    const lines = indicatorLines([later, asb, other, earlier], '2017/18');
    expect(lines.map((line) => [line.current.id, line.years])).toEqual([
      ['i1', ['2016/17', '2017/18']],
      ['i3', ['2017/18']],
    ]);
    expect(lines[0].series.map((p) => p.quarter)).toEqual([
      '2016/17 Q1', '2016/17 Q2', '2016/17 Q3', '2016/17 Q4', '2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2017/18 Q4',
    ]);
    expect(indicatorDescription(lines[0])).toMatch(/^ASB reports, 2016\/17 to 2017\/18, lower is better\. 2016\/17 Q1: no value/);
  });
});
