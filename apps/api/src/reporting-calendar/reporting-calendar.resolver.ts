import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError, parseFinancialYear } from '@saferplan/domain';
import { type QuarterlyUpdateView, calendarOf } from '@saferplan/projections';
import { requirePrincipal } from '../auth/request-auth';
import { asOfArg } from '../graphql/as-of.arg';
import { QuarterlyUpdateObject } from '../graphql/objects/action.object';
import { ReadScopes } from '../graphql/read-scopes';
import type { GraphQLContext } from '../graphql/request-context';
import { ApprovalQueueEntryObject, approvalQueueOf } from './approval-queue';
import { toCalendarObject } from './reporting-calendar-answer';
import { PartnershipReturnsObject, QuarterlyUpdateStatusEnum, ReportingCalendarObject } from './reporting-calendar.objects';
import { ReportingCalendars } from './reporting-calendars';
import { returnsOf } from './returns';

/** The calendar of one partnership's year, as now recorded. */
export async function calendarAnswer(calendars: ReportingCalendars, partnershipId: string, financialYear: string): Promise<ReportingCalendarObject> {
  const view = await calendars.view([partnershipId], [financialYear]);
  return toCalendarObject(partnershipId, financialYear, calendarOf(view, partnershipId, financialYear));
}

/** The reporting cycle's queries; each mutation is its own slice folder beside this file. */
@Resolver()
export class ReportingCalendarResolver {
  constructor(
    private readonly readScopes: ReadScopes,
    private readonly calendars: ReportingCalendars,
  ) {}

  @Query(() => ReportingCalendarObject, { description: "A partnership's reporting calendar for a year: deadlines, board meetings, closed quarters (defaults when none was set)" })
  async reportingCalendar(@Args('partnershipId', { type: () => ID }) partnershipId: string, @Args('financialYear') financialYear: string): Promise<ReportingCalendarObject> {
    const year = parseFinancialYear(financialYear.trim());
    if (!this.readScopes.live().queries.partnership(partnershipId)) throw new NotFoundError('Partnership', partnershipId);
    return calendarAnswer(this.calendars, partnershipId, year);
  }

  @Query(() => [PartnershipReturnsObject], {
    description: 'The returns tracker: for each partnership and quarter of the year, updates due, received, late, missing and awaiting approval; partnerships with no plan are listed as such',
  })
  async returns(@Args('financialYear') financialYear: string, @Args('asOf', asOfArg) asOf?: Date | null): Promise<PartnershipReturnsObject[]> {
    const year = parseFinancialYear(financialYear.trim());
    const scope = await this.readScopes.resolve(asOf);
    const ids = scope.queries.partnerships().map((partnership) => partnership.id);
    const calendars = await this.calendars.view(ids, [year], scope.asOf);
    return returnsOf(scope.queries, calendars, year, scope.asOfDate);
  }

  @Query(() => [ApprovalQueueEntryObject], { description: 'Quarterly updates waiting for a coordinator\'s approval, oldest first: a coordinator sees their own partnerships' })
  approvalQueue(@Args('partnershipId', { type: () => ID, nullable: true }) partnershipId: string | null | undefined, @Context() context: GraphQLContext): ApprovalQueueEntryObject[] {
    const principal = requirePrincipal(context.req);
    const mine = principal.roles.includes('admin') ? null : principal.partnerships;
    return approvalQueueOf(this.readScopes.live().queries, partnershipId ?? null, mine);
  }
}

/** Approval and closing as they show on an update. */
@Resolver(() => QuarterlyUpdateObject)
export class QuarterlyUpdateApprovalResolver {
  @ResolveField(() => QuarterlyUpdateStatusEnum, { description: 'COUNTED unless it waits for approval (SUBMITTED) or was returned (RETURNED)' })
  status(@Parent() update: QuarterlyUpdateView): string {
    return update.status ?? 'COUNTED';
  }

  @ResolveField(() => String, { nullable: true, description: "The coordinator's comment when the update was returned" })
  returnComment(@Parent() update: QuarterlyUpdateView): string | null {
    return update.returnComment ?? null;
  }

  @ResolveField(() => Boolean, { description: 'Corrected after the partnership closed the quarter: shown as "changed after the board"' })
  afterClose(@Parent() update: QuarterlyUpdateView): boolean {
    return update.afterClose === true;
  }
}
