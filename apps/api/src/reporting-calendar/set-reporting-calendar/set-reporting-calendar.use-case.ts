import { defineUseCase } from '../../slice/use-case';
import { calendarKeepers } from '../reporting-calendar-access';
import { type CalendarRef, setReportingCalendar } from './set-reporting-calendar.command';
import { SetReportingCalendarInput } from './set-reporting-calendar.input';
import { SetReportingCalendarResolver } from './set-reporting-calendar.resolver';

export const setReportingCalendarUseCase = defineUseCase<SetReportingCalendarInput, CalendarRef, 'setReportingCalendar'>({
  mutation: 'setReportingCalendar',
  input: SetReportingCalendarInput,
  access: calendarKeepers,
  resolver: SetReportingCalendarResolver,
  run: setReportingCalendar,
  recordId: (ref) => `${ref.partnershipId} ${ref.financialYear}`,
});
