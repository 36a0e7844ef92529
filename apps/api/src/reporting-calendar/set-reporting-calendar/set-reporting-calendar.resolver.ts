import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ReportingCalendarObject } from '../reporting-calendar.objects';
import { ReportingCalendars } from '../reporting-calendars';
import { calendarAnswer } from '../reporting-calendar.resolver';
import { setReportingCalendar } from './set-reporting-calendar.command';
import { SetReportingCalendarInput } from './set-reporting-calendar.input';

@Resolver()
export class SetReportingCalendarResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly calendars: ReportingCalendars,
  ) {}

  @Mutation(() => ReportingCalendarObject, { description: "Sets a partnership's reporting calendar for a year: each quarter's update deadline and board meeting" })
  async setReportingCalendar(@Args('input') input: SetReportingCalendarInput, @Context() context: GraphQLContext): Promise<ReportingCalendarObject> {
    const ref = await setReportingCalendar(this.writer, input, commandOptions(input, context));
    return calendarAnswer(this.calendars, ref.partnershipId, ref.financialYear);
  }
}
