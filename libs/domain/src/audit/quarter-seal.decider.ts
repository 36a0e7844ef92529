import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError } from '../shared/errors';
import { financialYearOfQuarter, hasQuarterEnded, parseFinancialYear, parseQuarter, quarterEnd, ukDate } from '../shared/financial-year';
import type { QuarterSealCommand } from './quarter-seal.commands';
import type { QuarterSealEvent, QuarterSealed } from './quarter-seal.events';

export type QuarterSealState = { sealed: false } | { sealed: true; seal: QuarterSealed['data'] };

const HEX_SHA256 = /^[0-9a-f]{64}$/;

/** The quarter label, e.g. "2017/18 Q1", from the financial year and its quarter ("Q1" or "2017/18 Q1"). */
export function sealedQuarterLabel(financialYear: string, quarter: string): string {
  parseFinancialYear(financialYear);
  const label = /^Q[1-4]$/.test(quarter.trim()) ? `${financialYear} ${quarter.trim()}` : parseQuarter(quarter);
  if (financialYearOfQuarter(label) !== financialYear) {
    throw new InvalidInputError('quarter', `quarter ${label} is not in financial year ${financialYear}`);
  }
  return label;
}

/** One seal per quarter: its own stream, so a second seal is a CONFLICT. */
export const quarterSealDecider: Decider<QuarterSealState, QuarterSealCommand, QuarterSealEvent> = {
  initialState: () => ({ sealed: false }),

  decide(command, state) {
    const { financialYear, merkleRoot, shortRoot, streamCount, eventCount, throughPosition } = command.data;
    const quarter = sealedQuarterLabel(financialYear, command.data.quarter);
    // A seal closes a record that can no longer grow; sealing a quarter still to come would also
    // take its stream and so block the real seal once the quarter is over.
    if (!hasQuarterEnded(quarter, ukDate(command.metadata.now))) {
      throw new InvalidInputError('quarter', `quarter ${quarter} has not ended yet (it ends on ${quarterEnd(quarter)}): it can be sealed only after it has ended`);
    }
    if (!HEX_SHA256.test(merkleRoot)) throw new InvalidInputError('merkleRoot', 'merkleRoot must be a hex SHA-256');
    if (state.sealed) {
      throw new ConflictError(`${quarter} was already sealed on ${state.seal.sealedAt} (root ${state.seal.shortRoot})`);
    }
    return [
      {
        type: 'QuarterSealed',
        data: { financialYear, quarter, merkleRoot, shortRoot, streamCount, eventCount, throughPosition, sealedAt: command.metadata.now.toISOString() },
      },
    ];
  },

  evolve(state, event) {
    return event.type === 'QuarterSealed' ? { sealed: true, seal: event.data } : state;
  },
};
