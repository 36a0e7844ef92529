import { NotFoundError } from '@saferplan/domain';
import type { FundingSourceView } from '@saferplan/projections';
import type { ReadScopes } from '../graphql/read-scopes';
import { type Scoped, scoped } from '../graphql/read-scope';

export type FundingSourceAnswer = Scoped<FundingSourceView & { unallocated: number }>;

/** What the funding mutations answer with: the source as the live read model now shows it. */
export function liveFundingSource(readScopes: ReadScopes, fundingSourceId: string): FundingSourceAnswer {
  const scope = readScopes.live();
  const source = scope.queries.fundingSource(fundingSourceId);
  if (!source) throw new NotFoundError('FundingSource', fundingSourceId);
  return scoped(withUnallocated(source), scope);
}

export function withUnallocated(source: FundingSourceView): FundingSourceView & { unallocated: number } {
  return { ...source, unallocated: (Math.round(source.amount * 100) - Math.round(source.allocated * 100)) / 100 };
}
