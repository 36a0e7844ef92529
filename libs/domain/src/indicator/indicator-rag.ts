import type { Polarity } from './indicator.events';

export type IndicatorRag = 'GREEN' | 'AMBER' | 'RED' | 'NO_TARGET';

/** The rule, printed wherever an indicator's RAG is shown (dashboard, packs, charts). */
export const INDICATOR_RAG_RULE =
  'GREEN: on or better than the target. AMBER: worse than the target by at most the amber tolerance ' +
  '(a percentage of the target, 5% unless the indicator states another). RED: worse by more. ' +
  'No target: no RAG. Better means higher or lower as the indicator states.';

/**
 * The RAG of one quarter's value against its target. "Worse by at most t% of the target" is
 * compared as shortfall x 100 <= t x |target|, so the edge (exactly 5% worse) stays AMBER without
 * a division; the tiny allowance absorbs binary rounding of decimals such as 0.1.
 */
export function indicatorRag(value: number, target: number | null, polarity: Polarity, amberTolerancePercent: number): IndicatorRag {
  if (target === null) return 'NO_TARGET';
  const shortfall = polarity === 'HIGHER_IS_BETTER' ? target - value : value - target;
  if (shortfall <= 0) return 'GREEN';
  const allowed = amberTolerancePercent * Math.abs(target);
  const slack = 1e-9 * Math.max(1, Math.abs(allowed));
  return shortfall * 100 <= allowed + slack ? 'AMBER' : 'RED';
}

/** The RAG in words for readers (and screen readers): never just a colour. */
export function indicatorRagWords(rag: IndicatorRag, amberTolerancePercent: number, polarity: Polarity): string {
  const better = polarity === 'HIGHER_IS_BETTER' ? 'at or above' : 'at or below';
  switch (rag) {
    case 'GREEN':
      return `Green: ${better} target`;
    case 'AMBER':
      return `Amber: worse than target by ${amberTolerancePercent}% of it or less`;
    case 'RED':
      return `Red: worse than target by more than ${amberTolerancePercent}%`;
    case 'NO_TARGET':
      return 'No target';
  }
}
