import { defineUseCase } from '../../slice/use-case';
import { calendarKeepers } from '../reporting-calendar-access';
import type { CalendarRef } from '../set-reporting-calendar/set-reporting-calendar.command';
import { closeReportingQuarter } from './close-reporting-quarter.command';
import { CloseReportingQuarterInput } from './close-reporting-quarter.input';
import { CloseReportingQuarterResolver } from './close-reporting-quarter.resolver';

export const closeReportingQuarterUseCase = defineUseCase<CloseReportingQuarterInput, CalendarRef, 'closeReportingQuarter'>({
  mutation: 'closeReportingQuarter',
  input: CloseReportingQuarterInput,
  access: calendarKeepers,
  resolver: CloseReportingQuarterResolver,
  run: closeReportingQuarter,
  recordId: (ref) => `${ref.partnershipId} ${ref.financialYear}`,
});
