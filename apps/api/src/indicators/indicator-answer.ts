import { type IndicatorRag, INDICATOR_RAG_RULE, NotFoundError, indicatorRag, indicatorRagWords } from '@saferplan/domain';
import type { IndicatorQuarterView, IndicatorView } from '@saferplan/projections';
import type { ReadScopes } from '../graphql/read-scopes';
import { type ReadScope, type Scoped, scoped } from '../graphql/read-scope';

export type IndicatorAnswer = Scoped<IndicatorView>;
export type IndicatorValueAnswer = IndicatorQuarterView & { rag: IndicatorRag | null; ragWords: string | null };

/** What the indicator mutations answer with: the indicator as the live read model now shows it. */
export function liveIndicator(readScopes: ReadScopes, indicatorId: string): IndicatorAnswer {
  const scope = readScopes.live();
  const indicator = scope.queries.indicator(indicatorId);
  if (!indicator) throw new NotFoundError('Indicator', indicatorId);
  return scoped(indicator, scope);
}

/** Each quarter as a reader sees it (a roll-up's worked out), with the RAG of its value. */
export function valuesOf(indicator: IndicatorView, scope: ReadScope): IndicatorValueAnswer[] {
  return scope.queries.indicatorQuarters(indicator).map((quarter) => withRag(indicator, quarter));
}

export function withRag(indicator: IndicatorView, quarter: IndicatorQuarterView): IndicatorValueAnswer {
  if (quarter.value === null) return { ...quarter, rag: null, ragWords: null };
  const rag = indicatorRag(quarter.value, quarter.target, indicator.polarity, indicator.amberTolerancePercent);
  return { ...quarter, rag, ragWords: indicatorRagWords(rag, indicator.amberTolerancePercent, indicator.polarity) };
}

/** An indicator's line in a progress row: its latest value and that value's RAG. */
export function indicatorProgress(indicator: IndicatorView, scope: ReadScope) {
  const latest = valuesOf(indicator, scope).filter((value) => value.value !== null).at(-1);
  return {
    indicator: scoped(indicator, scope),
    quarter: latest?.quarter ?? null,
    value: latest?.value ?? null,
    target: latest?.target ?? null,
    rag: latest?.rag ?? null,
    ragWords: latest?.ragWords ?? null,
    ragRule: INDICATOR_RAG_RULE,
  };
}
