import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { CloseReportingQuarter, SetReportingCalendar } from './reporting-calendar.commands';
import { boardMeeting, initialReportingCalendar, reportingCalendarDecider, updateDeadline } from './reporting-calendar.decider';
import type { ReportingCalendarEvent, ReportingCalendarSet } from './reporting-calendar.events';
import { updateApprovalDecider } from './update-approval.decider';

const given = DeciderSpecification.for(reportingCalendarDecider);
const at = (iso: string) => ({ now: new Date(iso), actor: 'coordinator-nwl' });
const set = (data: Partial<SetReportingCalendar['data']> = {}, now = '2017-04-03T09:00:00Z'): SetReportingCalendar => ({
  type: 'SetReportingCalendar',
  data: { partnershipId: 'nwl', partnershipExists: true, financialYear: '2017/18', ...data },
  metadata: at(now),
});
const close = (quarter: string, now: string): CloseReportingQuarter => ({
  type: 'CloseReportingQuarter',
  data: { partnershipId: 'nwl', partnershipExists: true, financialYear: '2017/18', quarter },
  metadata: at(now),
});
const defaults: ReportingCalendarSet = {
  type: 'ReportingCalendarSet',
  data: {
    partnershipId: 'nwl',
    financialYear: '2017/18',
    updateDeadlineDays: 30,
    quarters: [
      { quarter: '2017/18 Q1', updateDeadline: '2017-07-30', boardMeeting: null },
      { quarter: '2017/18 Q2', updateDeadline: '2017-10-30', boardMeeting: null },
      { quarter: '2017/18 Q3', updateDeadline: '2018-01-30', boardMeeting: null },
      { quarter: '2017/18 Q4', updateDeadline: '2018-04-30', boardMeeting: null },
    ],
  },
};
const fold = (events: ReportingCalendarEvent[]) => events.reduce(reportingCalendarDecider.evolve, initialReportingCalendar());

describe('reporting calendar decider', () => {
  it('fills every quarter with the default deadline, 30 days after the quarter ends', () => {
    given([]).when(set()).then([defaults]);
  });

  it('takes a partnership\'s own number of days, and a quarter\'s own deadline and board meeting', () => {
    given([])
      .when(set({ updateDeadlineDays: 21, quarters: [{ quarter: 'Q1', boardMeeting: '2017-09-04' }, { quarter: '2017/18 Q3', updateDeadline: '2018-02-02' }] }))
      .then([
        {
          type: 'ReportingCalendarSet',
          data: {
            ...defaults.data,
            updateDeadlineDays: 21,
            quarters: [
              { quarter: '2017/18 Q1', updateDeadline: '2017-07-21', boardMeeting: '2017-09-04' },
              { quarter: '2017/18 Q2', updateDeadline: '2017-10-21', boardMeeting: null },
              { quarter: '2017/18 Q3', updateDeadline: '2018-02-02', boardMeeting: null },
              { quarter: '2017/18 Q4', updateDeadline: '2018-04-21', boardMeeting: null },
            ],
          },
        },
      ]);
  });

  it('refuses bad input naming the field, and an unknown partnership', () => {
    given([]).when(set({ updateDeadlineDays: 0 })).thenThrows(InvalidInputError, (e) => e.field === 'updateDeadlineDays');
    given([]).when(set({ financialYear: '2017-18' })).thenThrows(InvalidInputError, (e) => e.field === 'financialYear');
    given([]).when(set({ quarters: [{ quarter: '2018/19 Q1' }] })).thenThrows(InvalidInputError, (e) => e.field === 'quarters.0.quarter');
    given([]).when(set({ quarters: [{ quarter: 'Q1' }, { quarter: 'Q1' }] })).thenThrows(InvalidInputError, (e) => e.field === 'quarters.1.quarter');
    given([])
      .when(set({ quarters: [{ quarter: 'Q2', boardMeeting: '2017-09-30' }] }))
      .thenThrows(InvalidInputError, (e) => e.field === 'quarters.0.boardMeeting' && e.message === 'quarters.0.boardMeeting for 2017/18 Q2 must be after the quarter ends on 30 September 2017');
    given([]).when(set({ partnershipExists: false })).thenThrows(NotFoundError);
  });

  it('the update deadline is one function: the calendar\'s, else the default', () => {
    expect(updateDeadline(null, '2017/18 Q2')).toBe('2017-10-30');
    expect(updateDeadline(fold([defaults]), '2017/18 Q4')).toBe('2018-04-30');
    const own = fold([{ ...defaults, data: { ...defaults.data, updateDeadlineDays: 14, quarters: [] } }]);
    expect(updateDeadline(own, '2017/18 Q1')).toBe('2017-07-14');
    expect(boardMeeting(own, '2017/18 Q1')).toBeNull();
  });

  describe('closing a quarter, moving the clock through the year', () => {
    const withBoard: ReportingCalendarSet = { ...defaults, data: { ...defaults.data, quarters: defaults.data.quarters.map((q) => (q.quarter === '2017/18 Q1' ? { ...q, boardMeeting: '2017-09-04' } : q)) } };

    it('is refused before the quarter ends: on 30 June at 22:59 UTC (23:59 BST)', () => {
      given([]).when(close('Q1', '2017-06-30T22:59:00Z')).thenThrows(ConflictError, (e) => e.message.startsWith('2017/18 Q1 has not ended yet'));
    });

    it('is refused before the board meeting, and accepted on its UK day (00:30 BST is still 3 September UTC)', () => {
      given([withBoard])
        .when(close('Q1', '2017-09-03T22:00:00Z'))
        .thenThrows(ConflictError, (e) => e.message === 'The board meets about 2017/18 Q1 on 4 September 2017: the quarter can be closed from that day');
      given([withBoard])
        .when(close('Q1', '2017-09-03T23:30:00Z'))
        .then([{ type: 'ReportingQuarterClosed', data: { partnershipId: 'nwl', financialYear: '2017/18', quarter: '2017/18 Q1', closedOn: '2017-09-04', closedAt: '2017-09-03T23:30:00.000Z' } }]);
    });

    it('closes Q3 in winter on GMT days, and a quarter is closed once', () => {
      const q3: ReportingCalendarEvent = { type: 'ReportingQuarterClosed', data: { partnershipId: 'nwl', financialYear: '2017/18', quarter: '2017/18 Q3', closedOn: '2018-01-01', closedAt: '2018-01-01T00:00:00.000Z' } };
      given([]).when(close('Q3', '2017-12-31T23:59:59Z')).thenThrows(ConflictError);
      given([]).when(close('Q3', '2018-01-01T00:00:00Z')).then([q3]);
      given([q3]).when(close('2017/18 Q3', '2018-02-01T10:00:00Z')).thenThrows(ConflictError, (e) => e.message === '2017/18 Q3 was already closed on 1 January 2018');
      expect(fold([q3]).closed).toEqual({ '2017/18 Q3': '2018-01-01' });
    });

    it('refuses a quarter of another year, naming the field', () => {
      given([]).when(close('2018/19 Q1', '2018-09-01T10:00:00Z')).thenThrows(InvalidInputError, (e) => e.field === 'quarter');
    });
  });
});

describe('update approval decider', () => {
  const approval = DeciderSpecification.for(updateApprovalDecider);
  it('records the partnership\'s choice', () => {
    approval([])
      .when({ type: 'RequireUpdateApproval', data: { partnershipId: 'nwl', partnershipExists: true, on: true }, metadata: at('2017-04-03T09:00:00Z') })
      .then([{ type: 'UpdateApprovalRequirementSet', data: { partnershipId: 'nwl', on: true } }]);
    approval([]).when({ type: 'RequireUpdateApproval', data: { partnershipId: 'x', partnershipExists: false, on: true }, metadata: at('2017-04-03T09:00:00Z') }).thenThrows(NotFoundError);
  });
});
