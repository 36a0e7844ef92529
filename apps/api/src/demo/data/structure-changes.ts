import type { PlainStep } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// Structure over time [RUT]: at its meeting of 29 September 2023 the LSCSB approved Rutland County
// Council's membership (until then a participating observer "with no voting rights", §3(a)) and
// renamed itself the Leicestershire & Rutland Safer Communities Strategy Board (§8a-b). Recorded
// by the administrator the following Monday; replayed after the 2017/18 timeline.
// ---------------------------------------------------------------------------------------------

export const structureChanges: PlainStep[] = [
  {
    at: '2023-10-02 10:00',
    actor: 'SaferPlan administrator',
    mutation: 'recordMemberJoined',
    input: { partnershipId: '@lscsb', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-09-29' },
  },
  {
    at: '2023-10-02 10:05',
    actor: 'SaferPlan administrator',
    mutation: 'renamePartnership',
    input: { partnershipId: '@lscsb', name: 'Leicestershire and Rutland Safer Communities Strategy Board', on: '2023-09-29' },
  },
];
