import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { DeciderSpecification } from '../testing/decider-specification';
import type { ActionCommand } from './action.commands';
import { actionDecider } from './action.decider';
import type { ActionEvent } from './action.events';

// Approval and closing, as the reporting calendar hands them to the action (issue 17).
const given = DeciderSpecification.for(actionDecider);
const metadata = { now: new Date('2018-10-10T09:00:00Z'), actor: 'contributor-1' };
const actionId = 'a-1';
const figures = { quarter: '2018/19 Q1', rag: 'GREEN' as const, percentComplete: 50, narrative: 'Hotspots mapped' };
const created: ActionEvent = {
  type: 'ActionCreated',
  data: { actionId, planId: 'p', partnershipId: 'nwl', priorityId: 'asb', financialYear: '2018/19', title: 'JAG', leadAgency: 'NWLDC', leadOfficer: null, fundingSource: null, budget: null },
};
const open = { closedOn: null, needsApproval: false };
const cmd = (type: ActionCommand['type'], data: object): ActionCommand => ({ type, data: { actionId, ...data }, metadata }) as ActionCommand;
const submitted: ActionEvent = { type: 'QuarterlyUpdateRecorded', data: { actionId, ...figures, status: 'SUBMITTED' } };
const counted: ActionEvent = { type: 'QuarterlyUpdateRecorded', data: { actionId, ...figures } };
const returned: ActionEvent = { type: 'QuarterlyUpdateReturned', data: { actionId, quarter: '2018/19 Q1', comment: 'Say which hotspots' } };

describe('action decider: approval of quarterly updates', () => {
  it('an update that needs approval is recorded SUBMITTED', () => {
    given([created]).when(cmd('RecordQuarterlyUpdate', { ...figures, reporting: { closedOn: null, needsApproval: true } })).then([submitted]);
  });

  it('an update that needs none is recorded as before, counting at once', () => {
    given([created]).when(cmd('RecordQuarterlyUpdate', { ...figures, reporting: open })).then([counted]);
  });

  it('a coordinator approves a submitted update', () => {
    given([created, submitted]).when(cmd('ApproveQuarterlyUpdate', { quarter: '2018/19 Q1' })).then([{ type: 'QuarterlyUpdateApproved', data: { actionId, quarter: '2018/19 Q1' } }]);
  });

  it('returns it with a comment, which is required', () => {
    given([created, submitted]).when(cmd('ReturnQuarterlyUpdate', { quarter: '2018/19 Q1', comment: 'Say which hotspots' })).then([returned]);
    given([created, submitted]).when(cmd('ReturnQuarterlyUpdate', { quarter: '2018/19 Q1', comment: ' ' })).thenThrows(InvalidInputError, (e) => e.field === 'comment');
  });

  it('a returned update may be sent in again, and is SUBMITTED again', () => {
    given([created, submitted, returned]).when(cmd('RecordQuarterlyUpdate', { ...figures, reporting: { closedOn: null, needsApproval: true } })).then([submitted]);
  });

  it('refuses to approve a counted update, an approved one twice, or a quarter with no update', () => {
    given([created, counted]).when(cmd('ApproveQuarterlyUpdate', { quarter: '2018/19 Q1' })).thenThrows(ConflictError, (e) => e.message === 'The update for 2018/19 Q1 is already counted: there is nothing to approve or return');
    const approved: ActionEvent = { type: 'QuarterlyUpdateApproved', data: { actionId, quarter: '2018/19 Q1' } };
    given([created, submitted, approved]).when(cmd('ApproveQuarterlyUpdate', { quarter: '2018/19 Q1' })).thenThrows(ConflictError);
    given([created]).when(cmd('ApproveQuarterlyUpdate', { quarter: '2018/19 Q2' })).thenThrows(NotFoundError);
  });

  it('a submitted update cannot be recorded a second time', () => {
    given([created, submitted]).when(cmd('RecordQuarterlyUpdate', { ...figures, reporting: open })).thenThrows(ConflictError);
  });
});

describe('action decider: a closed quarter', () => {
  const closed = { closedOn: '2018-09-05', needsApproval: false };

  it('refuses a new update, naming the closed quarter in words', () => {
    given([created])
      .when(cmd('RecordQuarterlyUpdate', { ...figures, reporting: closed }))
      .thenThrows(
        ConflictError,
        (e) =>
          e.message ===
          '2018/19 Q1 is closed: the partnership closed it after its board meeting on 5 September 2018. New updates for it are refused; correct an existing update with a reason instead',
      );
  });

  it('takes a correction with a reason, flagged afterClose', () => {
    given([created, counted])
      .when(cmd('CorrectQuarterlyUpdate', { ...figures, percentComplete: 45, reason: 'Double count', reporting: closed }))
      .then([{ type: 'QuarterlyUpdateCorrected', data: { actionId, ...figures, percentComplete: 45, reason: 'Double count', afterClose: true } }]);
  });

  it('still needs the reason after the close', () => {
    given([created, counted]).when(cmd('CorrectQuarterlyUpdate', { ...figures, reason: '', reporting: closed })).thenThrows(InvalidInputError, (e) => e.field === 'reason');
  });
});
