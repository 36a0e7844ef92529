import type { DemoData } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 7. The PCC's money followed (recorded late, end of May 2018, when the OPCC asked for the
//    year-end return): Safer North West's £34,500 [NWL 1.5] and Safer Leicester's Partnership
//    Locality Fund of £239,000 [SLP 4.4], each allocated to the open actions that name it, at
//    their budgets. North West's year-end spend per action follows its last reported % complete
//    (illustrative, like the split across actions).
// ---------------------------------------------------------------------------------------------

export const funding: DemoData['funding'] = {
  actor: 'OPCC Partnerships and Commissioning Manager',
  funder: 'pcc',
  from: '2018-05-29 09:00',
  funds: [
    { as: 'fundNwl', source: "Police and Crime Commissioner's community safety funding", recipient: 'nwl', amount: 34_500, plan: 'nwlPlan', spend: true },
    { as: 'fundLeicester', source: "PCC's Partnership Locality Fund", recipient: 'leicester', amount: 239_000, plan: 'leicesterPlan', spend: false },
  ],
};
