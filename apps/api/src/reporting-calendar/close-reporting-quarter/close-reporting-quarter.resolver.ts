import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CommandWriter } from '../../common/command-writer';
import { commandOptions, type GraphQLContext } from '../../graphql/request-context';
import { ReportingCalendarObject } from '../reporting-calendar.objects';
import { ReportingCalendars } from '../reporting-calendars';
import { calendarAnswer } from '../reporting-calendar.resolver';
import { closeReportingQuarter } from './close-reporting-quarter.command';
import { CloseReportingQuarterInput } from './close-reporting-quarter.input';

@Resolver()
export class CloseReportingQuarterResolver {
  constructor(
    private readonly writer: CommandWriter,
    private readonly calendars: ReportingCalendars,
  ) {}

  @Mutation(() => ReportingCalendarObject, { description: 'Closes the quarter after its board meeting: new updates are refused, corrections are flagged afterClose' })
  async closeReportingQuarter(@Args('input') input: CloseReportingQuarterInput, @Context() context: GraphQLContext): Promise<ReportingCalendarObject> {
    const ref = await closeReportingQuarter(this.writer, input, commandOptions(input, context));
    return calendarAnswer(this.calendars, ref.partnershipId, ref.financialYear);
  }
}
