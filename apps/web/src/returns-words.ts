import { longUkDate } from '@saferplan/domain/shared/financial-year';
import type { ReturnsQuery } from './generated/graphql-types';

export type QuarterReturn = ReturnsQuery['returns'][number]['quarters'][number];

const CHIP: Record<string, string> = { NO_PLAN: 'chip-none', NOT_DUE_YET: 'chip-none', DUE: 'chip-amber', IN: 'chip-green', LATE: 'chip-amber', MISSING: 'chip-red' };

/** A quarter's return in words for the tracker: the state first, then the counts behind it. */
export function returnWords(q: QuarterReturn): { chip: string; state: string; detail: string } {
  const waiting = q.awaitingApproval > 0 ? `; ${q.awaitingApproval} awaiting approval` : '';
  const closed = q.closed ? '; quarter closed' : '';
  const state = {
    NO_PLAN: 'No plan',
    NOT_DUE_YET: 'Not due yet',
    DUE: `Due by ${longUkDate(q.updateDeadline)}`,
    IN: 'All in',
    LATE: 'In, some late',
    MISSING: 'Missing',
  }[q.state];
  const detail =
    q.state === 'NO_PLAN'
      ? 'No action plan for the year'
      : q.state === 'NOT_DUE_YET'
        ? `Due by ${longUkDate(q.updateDeadline)}${waiting}`
        : `${q.received} of ${q.due} in${q.late ? `, ${q.late} late` : ''}${q.missing ? `, ${q.missing} missing` : ''}${waiting}${closed}`;
  return { chip: CHIP[q.state], state, detail };
}
