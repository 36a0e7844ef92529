import type { DemoData } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 1. Partnerships (April 2017). [LCC-CSS] "Leicestershire has six CSPs ... which includes one
//    merged CSP for Blaby District and Hinckley and Bosworth Borough"; the LSCSB; the PCC;
//    the city's Safer Leicester Partnership [SLP]; the Safer Rutland Partnership [RUT 3(b)].
// ---------------------------------------------------------------------------------------------

export const registration: DemoData['registration'] = {
  actor: 'SaferPlan administrator',
  from: '2017-04-03 09:00',
  minutesApart: 2,
  items: [
    ['lscsb', 'Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD'],
    ['pcc', 'Leicestershire Police and Crime Commissioner', 'POLICE_AND_CRIME_COMMISSIONER'],
    ['blabyHinckley', 'Blaby and Hinckley & Bosworth Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['charnwood', 'Charnwood Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['harborough', 'Harborough Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['melton', 'Melton Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['nwl', 'Safer North West Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['oadbyWigston', 'Oadby and Wigston Community Safety Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['leicester', 'Safer Leicester Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
    ['rutland', 'Safer Rutland Partnership', 'COMMUNITY_SAFETY_PARTNERSHIP'],
  ],
};
