import { fillDown } from './fill-down';

type Row = Record<'priority' | 'statutory' | 'action', string>;
const row = (priority: string, statutory: string, action: string): Row => ({ priority, statutory, action });

describe('fill-down of a priority written once', () => {
  it('gives blank priority cells the priority above, until the next one', () => {
    const rows = [
      row('Reduce re-offending', 'Yes', 'IOM'),
      row('', '', 'Housing for offenders'),
      row('ASB', 'No', 'JAG'),
      row('', '', 'CCTV'),
    ];
    expect(fillDown(rows, 'priority')).toEqual([
      row('Reduce re-offending', 'Yes', 'IOM'),
      row('Reduce re-offending', '', 'Housing for offenders'),
      row('ASB', 'No', 'JAG'),
      row('ASB', '', 'CCTV'),
    ]);
  });

  it('fills only the grouping column: what a filled row says of itself stays, for the checks to judge', () => {
    expect(fillDown([row('ASB', 'No', 'JAG'), row('', 'Yes', 'CCTV')], 'priority')[1]).toEqual(
      row('ASB', 'Yes', 'CCTV'),
    );
  });

  it('carries a group over blank spacing rows, which stay blank', () => {
    expect(fillDown([row('ASB', '', 'JAG'), row('', '', ''), row('', '', 'CCTV')], 'priority')).toEqual([
      row('ASB', '', 'JAG'),
      row('', '', ''),
      row('ASB', '', 'CCTV'),
    ]);
  });

  it('leaves rows before the first priority blank, so they are reported', () => {
    expect(fillDown([row('', '', 'JAG'), row('ASB', '', 'CCTV')], 'priority')).toEqual([
      row('', '', 'JAG'),
      row('ASB', '', 'CCTV'),
    ]);
  });
});
