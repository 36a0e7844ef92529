import { streams } from '@saferplan/domain/events';
import { PlanHistory } from '../testing/plan-history';
import { ProjectionSpecification } from '../testing/projection-specification';
import { calendarOf, evolveReportingCalendars, initialReportingCalendars, updateDeadlineIn } from './reporting-calendar.view';

const given = ProjectionSpecification.for({ initial: initialReportingCalendars, evolve: evolveReportingCalendars });

function history(): PlanHistory {
  const h = new PlanHistory();
  h.registerPartnership('nwl', 'NWL CSP');
  const quarters = ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({ quarter: `2017/18 ${q}`, updateDeadline: ['2017-07-14', '2017-10-14', '2018-01-14', '2018-04-14'][i], boardMeeting: i === 0 ? '2017-09-04' : null }));
  h.record(streams.reportingCalendar('nwl', '2017/18'), { type: 'ReportingCalendarSet', data: { partnershipId: 'nwl', financialYear: '2017/18', updateDeadlineDays: 14, quarters } });
  h.record(streams.reportingCalendar('nwl', '2017/18'), {
    type: 'ReportingQuarterClosed',
    data: { partnershipId: 'nwl', financialYear: '2017/18', quarter: '2017/18 Q1', closedOn: '2017-09-05', closedAt: '2017-09-05T09:00:00.000Z' },
  });
  h.record(streams.updateApproval('nwl'), { type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'nwl', on: true } });
  h.record(streams.updateApproval('charnwood'), { type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'charnwood', on: true } });
  h.record(streams.updateApproval('charnwood'), { type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'charnwood', on: false } });
  return h;
}

describe('reporting calendars view', () => {
  it('keeps each partnership\'s calendar by year, with closed quarters', () => {
    given(history().events).then((view) => {
      expect(calendarOf(view, 'nwl', '2017/18')?.closed).toEqual({ '2017/18 Q1': '2017-09-05' });
      expect(calendarOf(view, 'nwl', '2018/19')).toBeNull();
      expect(calendarOf(view, 'charnwood', '2017/18')).toBeNull();
    });
  });

  it('answers the update deadline of a partnership\'s quarter: its own, else the default', () => {
    given(history().events).then((view) => {
      expect(updateDeadlineIn(view, 'nwl', '2017/18 Q2')).toBe('2017-10-14');
      expect(updateDeadlineIn(view, 'nwl', '2018/19 Q1')).toBe('2018-07-30');
      expect(updateDeadlineIn(view, 'charnwood', '2017/18 Q2')).toBe('2017-10-30');
    });
  });

  it('follows the approval switch, the latest choice winning', () => {
    given(history().events).then((view) => expect([...view.approvalRequired]).toEqual(['nwl']));
  });
});
