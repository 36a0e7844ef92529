import { parseUkInstant, ukDateAndTime } from './uk-date';

describe('UK date entry', () => {
  it.each([
    ['4/9/2017', '11:00', '2017-09-04T10:00:00.000Z'], // BST
    ['04/12/2017', '11:00', '2017-12-04T11:00:00.000Z'], // GMT
    ['4.9.2017', '', '2017-09-04T22:59:00.000Z'], // the end of that UK day
    ['25-03-2018', '01:30', '2018-03-25T01:30:00.000Z'], // the hour before the clocks go forward
    ['25/03/2018', '03:00', '2018-03-25T02:00:00.000Z'],
    ['29/02/2016', '9.05', '2016-02-29T09:05:00.000Z'],
  ])('reads %s %s as UK clock time', (date, time, instant) => {
    expect(parseUkInstant(date, time)).toEqual({ instant });
  });

  it.each([
    ['2017-09-04', '', 'date', 'Enter the date as day/month/year, for example 4/9/2017'],
    ['09/04', '', 'date', 'Enter the date as day/month/year, for example 4/9/2017'],
    ['31/9/2017', '', 'date', '31/9/2017 is not a real date: enter day/month/year, for example 4/9/2017'],
    ['29/02/2017', '', 'date', '29/02/2017 is not a real date: enter day/month/year, for example 4/9/2017'],
    ['4/9/2017', '25:00', 'time', 'Enter the time on the 24-hour clock, for example 14:30'],
    ['4/9/2017', 'noon', 'time', 'Enter the time on the 24-hour clock, for example 14:30'],
  ])('refuses %s %s with a message for the %s field', (date, time, field, message) => {
    expect(parseUkInstant(date, time)).toEqual({ field, message });
  });

  it('shows an instant as the UK clock did, and reads it back to the same instant', () => {
    expect(ukDateAndTime('2017-09-04T10:00:00.000Z')).toEqual({ date: '04/09/2017', time: '11:00' });
    expect(ukDateAndTime('2018-01-31T23:30:00.000Z')).toEqual({ date: '31/01/2018', time: '23:30' });
    const { date, time } = ukDateAndTime('2018-07-01T16:45:00.000Z');
    expect(parseUkInstant(date, time)).toEqual({ instant: '2018-07-01T16:45:00.000Z' });
    // 01:30 happens twice when the clocks go back; the later (GMT) one is meant.
    expect(parseUkInstant('28/10/2018', '01:30')).toEqual({ instant: '2018-10-28T01:30:00.000Z' });
  });
});
