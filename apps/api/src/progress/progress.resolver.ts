import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InvalidInputError, NotFoundError, financialYearOfQuarter, parseFinancialYear, parseQuarter } from '@saferplan/domain';
import type {
  CountyPriorityProgressView,
  PartnershipView,
  PriorityProgressView,
  PriorityView,
} from '@saferplan/projections';
import { ReadScopes } from '../graphql/read-scopes';
import { PartnershipObject } from '../graphql/objects/partnership.object';
import { PriorityObject } from '../graphql/objects/action-plan.object';
import { asOfArg, quarterArg } from '../graphql/as-of.arg';
import { type ReadScope, SCOPE, type Scoped, scoped, scopeOf } from '../graphql/read-scope';
import { liveRows } from './live-rows';
import { CountyPriorityProgressObject, PriorityProgressObject, type PriorityProgressRow } from '../graphql/objects/progress.object';

@Resolver(() => PriorityProgressObject)
export class ProgressResolver {
  constructor(private readonly readScopes: ReadScopes) {}

  @Query(() => [PriorityProgressObject], {
    description: 'One row per priority; filters optional; asOf answers "as recorded at that moment", quarter "as at that quarter\'s end"',
  })
  async progress(
    @Args('partnershipId', { type: () => ID, nullable: true }) partnershipId?: string | null,
    @Args('financialYear', { type: () => String, nullable: true }) financialYear?: string | null,
    @Args('asOf', asOfArg) asOf?: Date | null,
    @Args('quarter', quarterArg) quarter?: string | null,
  ): Promise<PriorityProgressRow[]> {
    if (financialYear != null) parseFinancialYear(financialYear, 'financialYear');
    checkQuarter(quarter, financialYear);
    const scope = await this.readScopes.resolveFor(asOf, { partnershipId });
    if (partnershipId != null && !scope.queries.partnership(partnershipId)) {
      throw new NotFoundError('Partnership', partnershipId);
    }
    return liveRows(progressAnswer(scope, { partnershipId, financialYear, quarter }), scope, (row) => progressRow(row, scope));
  }

  @Query(() => [CountyPriorityProgressObject], {
    description: "The SOG's county view: county priorities with the district priorities aligned to them",
  })
  async countyProgress(
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('financialYear') financialYear: string,
    @Args('asOf', asOfArg) asOf?: Date | null,
    @Args('quarter', quarterArg) quarter?: string | null,
  ): Promise<Scoped<CountyPriorityProgressView>[]> {
    parseFinancialYear(financialYear, 'financialYear');
    checkQuarter(quarter, financialYear);
    const scope = await this.readScopes.resolveFor(asOf, { partnershipId: boardId });
    const board = scope.queries.partnership(boardId);
    if (!board) throw new NotFoundError('Partnership', boardId);
    if (board.kind !== 'COUNTY_STRATEGY_BOARD') {
      throw new InvalidInputError('boardId', `${board.name} is not a county strategy board`);
    }
    return liveRows(countyProgressAnswer(scope, { boardId, financialYear, quarter }), scope, (row) => scoped(row, scope));
  }
}

/** The arguments of the two root questions, as GraphQL hands them over (absent or null alike). */
export interface ProgressArgs {
  partnershipId?: string | null;
  financialYear?: string | null;
  quarter?: string | null;
}
export interface CountyProgressArgs {
  boardId: string;
  financialYear: string;
  quarter?: string | null;
}

/** The read model's answer to `progress`: the resolver's, and the one kept responses hang on (kept-responses.ts). */
export function progressAnswer(scope: ReadScope, args: ProgressArgs): PriorityProgressView[] {
  const filter = { partnershipId: args.partnershipId ?? undefined, financialYear: args.financialYear ?? undefined };
  return scope.queries.progress(filter, scope.asOfDate, args.quarter ?? undefined);
}

/** The read model's answer to `countyProgress`, likewise. */
export function countyProgressAnswer(scope: ReadScope, args: CountyProgressArgs): CountyPriorityProgressView[] {
  return scope.queries.countyProgress(args.boardId, args.financialYear, scope.asOfDate, args.quarter ?? undefined);
}

/** A quarter must be one, and of the financial year asked about when both are given. */
function checkQuarter(quarter: string | null | undefined, financialYear: string | null | undefined): void {
  if (quarter == null) return;
  parseQuarter(quarter, 'quarter');
  if (financialYear != null && financialYearOfQuarter(quarter) !== financialYear) {
    throw new InvalidInputError('quarter', `quarter "${quarter}" is not in the financial year ${financialYear}`);
  }
}

/**
 * A progress row whose partnership and priority are getters, read by GraphQL's default resolver
 * only when asked for: a county-wide answer has 5,000 rows, and a framework field resolver per
 * row (argument pipes, interceptors, a promise each) cost more than the figures themselves.
 * Each is made once per row: kept rows (live-rows.ts) are read by many requests while the model
 * stands still, so the views they point at cannot change under them.
 */
function progressRow(row: PriorityProgressView, scope: ReadScope): PriorityProgressRow {
  let partnership: Scoped<PartnershipView> | undefined;
  let priority: Scoped<PriorityView> | undefined;
  return {
    ...row,
    [SCOPE]: scope,
    get partnership() {
      return (partnership ??= scoped(scope.queries.partnership(row.partnershipId)!, scope));
    },
    get priority() {
      return (priority ??= scoped(scope.queries.priority(row.priorityId)!, scope));
    },
  };
}

@Resolver(() => CountyPriorityProgressObject)
export class CountyProgressResolver {
  @ResolveField(() => PriorityObject)
  priority(@Parent() row: Scoped<CountyPriorityProgressView>): Scoped<PriorityView> {
    const scope = scopeOf(row);
    return scoped(scope.queries.priority(row.priorityId)!, scope);
  }

  @ResolveField(() => [PriorityProgressObject])
  aligned(@Parent() row: Scoped<CountyPriorityProgressView>): PriorityProgressRow[] {
    const scope = scopeOf(row);
    return row.aligned.map((alignedRow) => progressRow(alignedRow, scope));
  }
}
