import { type SetReportingCalendar, parseFinancialYear, reportingCalendarDecider, streams } from '@saferplan/domain';
import type { CommandOptions } from '../../common/command-options';
import type { CommandWriter } from '../../common/command-writer';
import type { SetReportingCalendarInput } from './set-reporting-calendar.input';

/** Which calendar was written: the partnership's for the year. */
export interface CalendarRef {
  partnershipId: string;
  financialYear: string;
}

export async function setReportingCalendar(writer: CommandWriter, input: SetReportingCalendarInput, options: CommandOptions): Promise<CalendarRef> {
  const { partnershipId, updateDeadlineDays, quarters } = input;
  const financialYear = parseFinancialYear(input.financialYear.trim());
  const partnershipExists = writer.live().partnership?.(partnershipId) !== undefined;
  await writer.execute(
    streams.reportingCalendar(partnershipId, financialYear),
    reportingCalendarDecider,
    (now): SetReportingCalendar => ({
      type: 'SetReportingCalendar',
      data: { partnershipId, partnershipExists, financialYear, updateDeadlineDays, quarters: quarters?.map((q) => ({ ...q })) },
      metadata: { now, actor: options.actor },
    }),
    options,
  );
  return { partnershipId, financialYear };
}
