import type { PlanSpec } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 3. PCC plan: Police and Crime Plan themes as the papers report them [RUT ToR §1: reducing
//    offending and re-offending, substance-related crime and disorder, protecting the most
//    vulnerable, reducing ASB, increasing public confidence]; the PCC funds CSPs [NWL 1.5, SLP 4.4].
// ---------------------------------------------------------------------------------------------

export const pccPlan: PlanSpec = {
  as: 'pccPlan',
  partnership: 'pcc',
  title: 'Police and Crime Plan: 2017/18 delivery',
  actor: 'OPCC Partnerships and Commissioning Manager',
  draftedFrom: '2017-04-12 10:00',
  priorities: [
    { as: 'pVulnerable', title: 'Protecting those most vulnerable in the community', statutory: false },
    { as: 'pReoffending', title: 'Reducing offending and re-offending', statutory: true },
    { as: 'pAsb', title: 'Reducing anti-social behaviour', statutory: false },
    { as: 'pSubstance', title: 'Reducing substance-related crime and disorder', statutory: false },
    { as: 'pConfidence', title: 'Increasing public confidence in local crime and disorder services', statutory: false },
  ],
  actions: [
    {
      as: 'pLocalityFunding',
      priority: 'pConfidence',
      title: 'Allocate 2017/18 community safety funding to CSPs for projects that support the Police and Crime Plan',
      leadAgency: 'Office of the Police and Crime Commissioner',
      leadOfficer: 'Partnerships and Commissioning Manager',
      milestones: [
        { as: 'pLocalityFundingM1', title: 'Grant agreements signed (Safer Leicester £239,000; Safer North West £34,500)', due: '2017/18 Q1',
          reached: ['2017-05-31', '2017-06-01 11:00', 'Signed grant agreements held by the OPCC'] },
      ],
    },
  ],
};
