import { type CloseReportingQuarter, financialYearOfQuarter, parseQuarter, reportingCalendarDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { CalendarRef } from '../set-reporting-calendar/set-reporting-calendar.command';
import type { CloseReportingQuarterInput } from './close-reporting-quarter.input';

export async function closeReportingQuarter(writer: CommandWriter, input: CloseReportingQuarterInput, options: CommandOptions): Promise<CalendarRef> {
  const { partnershipId } = input;
  const quarter = parseQuarter(input.quarter.trim());
  const financialYear = financialYearOfQuarter(quarter);
  const partnershipExists = writer.live().partnership?.(partnershipId) !== undefined;
  await writer.execute(
    streams.reportingCalendar(partnershipId, financialYear),
    reportingCalendarDecider,
    (now): CloseReportingQuarter => ({
      type: 'CloseReportingQuarter',
      data: { partnershipId, partnershipExists, financialYear, quarter },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return { partnershipId, financialYear };
}
