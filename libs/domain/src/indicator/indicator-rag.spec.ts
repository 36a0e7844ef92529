import { INDICATOR_RAG_RULE, indicatorRag, indicatorRagWords } from './indicator-rag';

describe('indicator RAG', () => {
  describe('HIGHER_IS_BETTER (target 200)', () => {
    const rag = (value: number) => indicatorRag(value, 200, 'HIGHER_IS_BETTER', 5);
    it.each([
      [250, 'GREEN'],
      [200, 'GREEN'], // on target
      [190, 'AMBER'], // exactly 5% of 200 short
      [189.99, 'RED'], // just past 5%
      [100, 'RED'],
    ])('value %p is %s', (value, expected) => expect(rag(value)).toBe(expected));
  });

  describe('LOWER_IS_BETTER (target 1000 crimes)', () => {
    const rag = (value: number) => indicatorRag(value, 1000, 'LOWER_IS_BETTER', 5);
    it.each([
      [900, 'GREEN'],
      [1000, 'GREEN'],
      [1050, 'AMBER'], // exactly 5% over
      [1050.01, 'RED'], // just past 5%
      [1051, 'RED'],
    ])('value %p is %s', (value, expected) => expect(rag(value)).toBe(expected));
  });

  it('keeps decimals at the edge AMBER despite binary rounding (target 0.3, 5% short)', () => {
    expect(indicatorRag(0.285, 0.3, 'HIGHER_IS_BETTER', 5)).toBe('AMBER');
    expect(indicatorRag(0.2849, 0.3, 'HIGHER_IS_BETTER', 5)).toBe('RED');
  });

  it('follows another tolerance: 0 makes any shortfall RED, 10 widens AMBER', () => {
    expect(indicatorRag(99.99, 100, 'HIGHER_IS_BETTER', 0)).toBe('RED');
    expect(indicatorRag(110, 100, 'LOWER_IS_BETTER', 10)).toBe('AMBER');
    expect(indicatorRag(110.01, 100, 'LOWER_IS_BETTER', 10)).toBe('RED');
  });

  it('a target of 0 allows nothing worse', () => {
    expect(indicatorRag(0, 0, 'LOWER_IS_BETTER', 5)).toBe('GREEN');
    expect(indicatorRag(1, 0, 'LOWER_IS_BETTER', 5)).toBe('RED');
  });

  it('no target is "no target"', () => {
    expect(indicatorRag(12, null, 'LOWER_IS_BETTER', 5)).toBe('NO_TARGET');
    expect(indicatorRagWords('NO_TARGET', 5, 'LOWER_IS_BETTER')).toBe('No target');
  });

  it('words every RAG and prints one rule', () => {
    expect(indicatorRagWords('GREEN', 5, 'LOWER_IS_BETTER')).toBe('Green: at or below target');
    expect(indicatorRagWords('AMBER', 5, 'HIGHER_IS_BETTER')).toBe('Amber: worse than target by 5% of it or less');
    expect(indicatorRagWords('RED', 5, 'HIGHER_IS_BETTER')).toBe('Red: worse than target by more than 5%');
    expect(INDICATOR_RAG_RULE).toMatch(/GREEN: on or better than the target/);
  });
});
