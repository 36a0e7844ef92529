/**
 * An indicator's figure with its unit, the way analysts write them ("12.5%", "3 per 1,000",
 * "£1,200.00", "14 days"). Pure and framework-free so the board pack and the dashboard print
 * the same words for the same figure.
 */
export type FigureUnit = 'COUNT' | 'PERCENT' | 'RATE_PER_1000' | 'CURRENCY_GBP' | 'DAYS';

export function figureWithUnit(value: number, unit: FigureUnit): string {
  const number = value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  switch (unit) {
    case 'PERCENT':
      return `${number}%`;
    case 'RATE_PER_1000':
      return `${number} per 1,000`;
    case 'CURRENCY_GBP':
      return `£${value.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    case 'DAYS':
      return `${number} days`;
    default:
      return number;
  }
}

/** A value against its target in words: "12% against target 10%", "No value (no target)". */
export function valueAgainstTarget(value: number | null, target: number | null, unit: FigureUnit): string {
  const targetWords = target === null ? 'no target' : `target ${figureWithUnit(target, unit)}`;
  return value === null ? `No value (${targetWords})` : `${figureWithUnit(value, unit)} against ${targetWords}`;
}
