import { invalid } from '../testing/invalid-input';
import {
  compareFinancialYears,
  compareQuarters,
  financialYearContaining,
  financialYearEnd,
  financialYearOfQuarter,
  financialYearStart,
  hasQuarterEnded,
  nextQuarter,
  parseFinancialYear,
  parseIsoDate,
  parseQuarter,
  previousQuarter,
  quarterContaining,
  quarterEnd,
  quarterStart,
  quartersOf,
  ukDate,
  ukDayEnd,
  longUkDate,
} from './financial-year';

describe('financial year', () => {
  it.each(['2017/18', '1998/99', '2099/00', '2200/01'])('accepts %s', (text) => {
    expect(parseFinancialYear(text)).toBe(text);
  });

  it.each(['2017-18', '2017/2018', '17/18', '2017/18 ', ' 2017/18', '2017', '', 'FY2017/18'])(
    'rejects the form of "%s", saying what the form is',
    (text) => {
      expect(invalid(() => parseFinancialYear(text, 'financialYear'))).toEqual({
        field: 'financialYear',
        message: 'financialYear must look like "2017/18" (April to March)',
      });
    },
  );

  it('rejects years that are not consecutive', () => {
    expect(invalid(() => parseFinancialYear('2017/19'))).toEqual({
      field: 'financialYear',
      message: 'financialYear "2017/19" must name two consecutive years, e.g. "2017/18"',
    });
    expect(invalid(() => parseFinancialYear('2099/100'))).toEqual({
      field: 'financialYear',
      message: 'financialYear must look like "2017/18" (April to March)',
    });
    expect(invalid(() => parseFinancialYear('2099/99'))).toEqual({
      field: 'financialYear',
      message: 'financialYear "2099/99" must name two consecutive years, e.g. "2017/18"',
    });
  });

  it('rejects years outside 1998/99 to 2200/01', () => {
    expect(invalid(() => parseFinancialYear('1997/98'))).toEqual({
      field: 'financialYear',
      message: 'financialYear "1997/98" is outside the supported financial years 1998/99 to 2200/01',
    });
    expect(invalid(() => parseFinancialYear('2201/02')).message).toBe(
      'financialYear "2201/02" is outside the supported financial years 1998/99 to 2200/01',
    );
  });

  it('names the field it was given', () => {
    expect(invalid(() => parseFinancialYear('18/19', 'year'))).toEqual({
      field: 'year',
      message: 'year must look like "2017/18" (April to March)',
    });
  });

  it('rejects a value that is not text', () => {
    expect(invalid(() => parseFinancialYear(2017 as unknown as string)).field).toBe('financialYear');
  });

  it('runs from 1 April to 31 March', () => {
    expect(financialYearStart('2017/18')).toBe('2017-04-01');
    expect(financialYearEnd('2017/18')).toBe('2018-03-31');
    expect(financialYearEnd('2099/00')).toBe('2100-03-31');
  });

  it('has four quarters, Q1 first', () => {
    expect(quartersOf('2017/18')).toEqual(['2017/18 Q1', '2017/18 Q2', '2017/18 Q3', '2017/18 Q4']);
  });

  it('orders financial years', () => {
    expect(compareFinancialYears('2017/18', '2018/19')).toBe(-1);
    expect(compareFinancialYears('2018/19', '2018/19')).toBe(0);
    expect(compareFinancialYears('2100/01', '2099/00')).toBe(1);
  });

  it('finds the financial year of a date: 31 March belongs to the year that started the April before', () => {
    expect(financialYearContaining('2018-03-31')).toBe('2017/18');
    expect(financialYearContaining('2018-04-01')).toBe('2018/19');
  });
});

describe('quarter', () => {
  it.each(['2017/18 Q1', '2017/18 Q4', '2099/00 Q2'])('accepts %s', (text) => {
    expect(parseQuarter(text)).toBe(text);
  });

  it.each(['2017/18 Q5', '2017/18 Q0', '2017/18 q1', '2017/18Q1', '2017/18  Q1', 'Q1 2017/18', '2017/18', '2017-18 Q1'])(
    'rejects "%s", saying what the form is',
    (text) => {
      expect(invalid(() => parseQuarter(text, 'dueQuarter'))).toEqual({
        field: 'dueQuarter',
        message: 'dueQuarter must look like "2017/18 Q1" (Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar)',
      });
    },
  );

  it('rejects a quarter of a year that is not two consecutive years', () => {
    expect(invalid(() => parseQuarter('2017/19 Q1'))).toEqual({
      field: 'quarter',
      message: 'quarter "2017/19 Q1" must name two consecutive years, e.g. "2017/18 Q1"',
    });
  });

  it('rejects a quarter outside the supported years', () => {
    expect(invalid(() => parseQuarter('1990/91 Q1'))).toEqual({
      field: 'quarter',
      message: 'quarter "1990/91 Q1" is outside the supported financial years 1998/99 to 2200/01',
    });
  });

  it.each([
    ['2017/18 Q1', '2017-04-01', '2017-06-30'],
    ['2017/18 Q2', '2017-07-01', '2017-09-30'],
    ['2017/18 Q3', '2017-10-01', '2017-12-31'],
    ['2017/18 Q4', '2018-01-01', '2018-03-31'],
  ])('%s runs from %s to %s', (quarter, start, end) => {
    expect(quarterStart(quarter)).toBe(start);
    expect(quarterEnd(quarter)).toBe(end);
  });

  it('belongs to its financial year', () => {
    expect(financialYearOfQuarter('2017/18 Q4')).toBe('2017/18');
  });

  it('orders quarters across financial years', () => {
    expect(compareQuarters('2017/18 Q4', '2018/19 Q1')).toBe(-1);
    expect(compareQuarters('2018/19 Q2', '2018/19 Q2')).toBe(0);
    expect(compareQuarters('2018/19 Q1', '2017/18 Q4')).toBe(1);
    expect(['2018/19 Q1', '2017/18 Q3', '2017/18 Q4', '2017/18 Q1'].sort(compareQuarters)).toEqual([
      '2017/18 Q1',
      '2017/18 Q3',
      '2017/18 Q4',
      '2018/19 Q1',
    ]);
  });

  it('steps forward and back across the year boundary', () => {
    expect(nextQuarter('2017/18 Q3')).toBe('2017/18 Q4');
    expect(nextQuarter('2017/18 Q4')).toBe('2018/19 Q1');
    expect(previousQuarter('2018/19 Q1')).toBe('2017/18 Q4');
    expect(nextQuarter('2099/00 Q4')).toBe('2100/01 Q1');
  });

  it('will not step outside the supported years', () => {
    expect(invalid(() => previousQuarter('1998/99 Q1')).message).toBe(
      'quarter "1997/98 Q4" is outside the supported financial years 1998/99 to 2200/01',
    );
  });

  it.each([
    ['2017-04-01', '2017/18 Q1'],
    ['2017-06-30', '2017/18 Q1'],
    ['2017-07-01', '2017/18 Q2'],
    ['2017-09-30', '2017/18 Q2'],
    ['2017-10-01', '2017/18 Q3'],
    ['2017-12-31', '2017/18 Q3'],
    ['2018-01-01', '2017/18 Q4'],
    ['2018-03-31', '2017/18 Q4'],
    ['2018-04-01', '2018/19 Q1'],
  ])('%s falls in %s', (date, quarter) => {
    expect(quarterContaining(date)).toBe(quarter);
  });

  it('has no quarter for a date outside the supported years', () => {
    expect(invalid(() => quarterContaining('1998-03-31', 'asOfDate'))).toEqual({
      field: 'asOfDate',
      message: 'asOfDate "1998-03-31" is outside the supported financial years 1998/99 to 2200/01',
    });
  });

  it('has ended only once the as-of date is after its last day', () => {
    expect(hasQuarterEnded('2017/18 Q1', '2017-06-29')).toBe(false);
    expect(hasQuarterEnded('2017/18 Q1', '2017-06-30')).toBe(false);
    expect(hasQuarterEnded('2017/18 Q1', '2017-07-01')).toBe(true);
    expect(hasQuarterEnded('2017/18 Q4', '2018-03-31')).toBe(false);
    expect(hasQuarterEnded('2017/18 Q4', '2018-04-01')).toBe(true);
  });

  it('checks the as-of date it is given', () => {
    expect(invalid(() => hasQuarterEnded('2017/18 Q1', '2017-7-1'))).toEqual({
      field: 'asOfDate',
      message: 'asOfDate must be a date written YYYY-MM-DD, e.g. "2018-09-04"',
    });
  });
});

describe('calendar date', () => {
  it.each(['2018-09-04', '2016-02-29', '2000-02-29', '2018-12-31'])('accepts %s', (text) => {
    expect(parseIsoDate(text, 'reachedOn')).toBe(text);
  });

  it.each(['2018-02-30', '2018-02-29', '1900-02-29', '2018-04-31', '2018-13-01', '2018-00-10', '2018-01-00'])(
    'rejects %s, which is not a real day',
    (text) => {
      expect(invalid(() => parseIsoDate(text, 'reachedOn'))).toEqual({
        field: 'reachedOn',
        message: `reachedOn "${text}" is not a real calendar date`,
      });
    },
  );

  it.each(['04/09/2018', '2018-9-4', '2018-09-04T10:00:00Z', ' 2018-09-04', ''])('rejects the form of "%s"', (text) => {
    expect(invalid(() => parseIsoDate(text, 'reachedOn'))).toEqual({
      field: 'reachedOn',
      message: 'reachedOn must be a date written YYYY-MM-DD, e.g. "2018-09-04"',
    });
  });
});

describe('ukDayEnd', () => {
  it('is the last millisecond of the day in London, GMT or BST, clock-change days included', () => {
    expect(ukDayEnd('2018-01-30')).toBe('2018-01-30T23:59:59.999Z');
    expect(ukDayEnd('2017-07-30')).toBe('2017-07-30T22:59:59.999Z');
    expect(ukDayEnd('2018-03-24')).toBe('2018-03-24T23:59:59.999Z'); // the night before BST starts
    expect(ukDayEnd('2018-03-25')).toBe('2018-03-25T22:59:59.999Z');
    expect(ukDayEnd('2017-10-28')).toBe('2017-10-28T22:59:59.999Z');
    expect(ukDayEnd('2017-10-29')).toBe('2017-10-29T23:59:59.999Z'); // BST ended that morning
  });

  it('agrees with ukDate on either side of the end', () => {
    for (const day of ['2017-07-30', '2018-01-30', '2018-03-25', '2017-10-29']) {
      const end = Date.parse(ukDayEnd(day));
      expect(ukDate(new Date(end))).toBe(day);
      expect(ukDate(new Date(end + 1)) > day).toBe(true);
    }
  });

  it('refuses a date that is not one', () => {
    expect(() => ukDayEnd('2017-02-30')).toThrow('not a real calendar date');
  });
});

describe('ukDate', () => {
  it('is the date in London, not in UTC', () => {
    // Winter: London is on GMT, so the UTC date is the UK date.
    expect(ukDate(new Date('2018-01-15T23:30:00Z'))).toBe('2018-01-15');
    // Summer: 23:30 UTC is 00:30 BST the next day.
    expect(ukDate(new Date('2018-06-30T23:30:00Z'))).toBe('2018-07-01');
  });

  it('puts 23:30 UTC on 31 March 2018 (BST) into the next financial year', () => {
    const date = ukDate(new Date('2018-03-31T23:30:00Z'));
    expect(date).toBe('2018-04-01');
    expect(quarterContaining(date)).toBe('2018/19 Q1');
  });

  it('follows the clocks going back on 28 October 2018 at 01:00 UTC', () => {
    expect(ukDate(new Date('2018-10-27T23:30:00Z'))).toBe('2018-10-28');
    expect(ukDate(new Date('2018-10-28T23:30:00Z'))).toBe('2018-10-28');
  });

  it('refuses an invalid Date', () => {
    expect(() => ukDate(new Date('not a date'))).toThrow(new RangeError('ukDate needs a valid Date'));
  });

  it('agrees with the time zone database every 7 minutes around each clock change of 2017-2019', () => {
    const london = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    const changes = ['2017-03-26', '2017-10-29', '2018-03-25', '2018-10-28', '2019-03-31', '2019-10-27'];
    let compared = 0;
    for (const day of changes) {
      const start = Date.parse(`${day}T00:00:00Z`) - 36 * 3_600_000;
      for (let time = start; time < start + 72 * 3_600_000; time += 7 * 60_000) {
        expect(ukDate(new Date(time))).toBe(london.format(new Date(time)));
        compared += 1;
      }
    }
    expect(compared).toBe(6 * Math.ceil((72 * 60) / 7));
  });
});

describe('longUkDate', () => {
  it('writes a date the way a UK reader does, and refuses one that is not a calendar date', () => {
    expect(longUkDate('2017-10-30')).toBe('30 October 2017');
    expect(longUkDate('2018-01-05')).toBe('5 January 2018');
    expect(() => longUkDate('2018-02-30')).toThrow('date "2018-02-30" is not a real calendar date');
  });
});
