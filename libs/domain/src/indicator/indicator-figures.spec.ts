import { figureWithUnit, valueAgainstTarget } from './indicator-figures';

describe('an indicator figure with its unit', () => {
  it.each([
    [1234.5, 'COUNT', '1,234.5'],
    [12.5, 'PERCENT', '12.5%'],
    [3, 'RATE_PER_1000', '3 per 1,000'],
    [1200, 'CURRENCY_GBP', '£1,200.00'],
    [14, 'DAYS', '14 days'],
  ] as const)('%s %s reads %s', (value, unit, words) => {
    expect(figureWithUnit(value, unit)).toBe(words);
  });

  it('says a value against its target, or that either is missing', () => {
    expect(valueAgainstTarget(12, 10, 'PERCENT')).toBe('12% against target 10%');
    expect(valueAgainstTarget(12, null, 'COUNT')).toBe('12 against no target');
    expect(valueAgainstTarget(null, 10, 'DAYS')).toBe('No value (target 10 days)');
  });
});
