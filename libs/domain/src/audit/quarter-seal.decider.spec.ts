import { DeciderSpecification } from '../testing/decider-specification';
import { ConflictError, InvalidInputError } from '../shared/errors';
import type { SealQuarter } from './quarter-seal.commands';
import { quarterSealDecider } from './quarter-seal.decider';

const now = new Date('2017-07-20T12:00:00.000Z');
const root = 'ab'.repeat(32);
const seal = (quarter = 'Q1', financialYear = '2017/18'): SealQuarter => ({
  type: 'SealQuarter',
  data: { financialYear, quarter, merkleRoot: root, shortRoot: 'abab-abab-abab-abab', streamCount: 3, eventCount: 12, throughPosition: 12 },
  metadata: { now },
});
const sealed = {
  type: 'QuarterSealed' as const,
  data: { financialYear: '2017/18', quarter: '2017/18 Q1', merkleRoot: root, shortRoot: 'abab-abab-abab-abab', streamCount: 3, eventCount: 12, throughPosition: 12, sealedAt: now.toISOString() },
};

describe('quarter seal decider', () => {
  const given = DeciderSpecification.for(quarterSealDecider);

  it('seals an unsealed quarter with its root, counts and the moment', () => {
    given([]).when(seal()).then([sealed]);
  });

  it('accepts the quarter written in full', () => {
    given([]).when(seal('2017/18 Q1')).then([sealed]);
  });

  it('a second seal of the same quarter is a conflict', () => {
    given([sealed])
      .when(seal())
      .thenThrows(ConflictError, (e) => e.message === '2017/18 Q1 was already sealed on 2017-07-20T12:00:00.000Z (root abab-abab-abab-abab)');
  });

  it('rejects a quarter outside the financial year, naming the field', () => {
    given([])
      .when(seal('2018/19 Q1'))
      .thenThrows(InvalidInputError, (e) => e.field === 'quarter' && e.message === 'quarter 2018/19 Q1 is not in financial year 2017/18');
  });

  it('refuses a quarter that has not ended yet, naming the field and recording nothing', () => {
    given([])
      .when(seal('Q1', '2030/31'))
      .thenThrows(
        InvalidInputError,
        (e) => e.field === 'quarter' && e.message === 'quarter 2030/31 Q1 has not ended yet (it ends on 2030-06-30): it can be sealed only after it has ended',
      );
  });

  it('refuses the current quarter on its last day and accepts it the day after (UK dates)', () => {
    const on = (iso: string): SealQuarter => ({ ...seal(), metadata: { now: new Date(iso) } });
    given([]).when(on('2017-06-30T12:00:00.000Z')).thenThrows(InvalidInputError, (e) => e.field === 'quarter');
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    given([]).when(on('2017-06-30T23:30:00.000Z')).then([{ ...sealed, data: { ...sealed.data, sealedAt: '2017-06-30T23:30:00.000Z' } }]);
  });

  it('rejects a malformed financial year, naming the field', () => {
    given([])
      .when(seal('Q1', '2017-18'))
      .thenThrows(InvalidInputError, (e) => e.field === 'financialYear');
  });
});
