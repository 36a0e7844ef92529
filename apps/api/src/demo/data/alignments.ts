import type { DemoData } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 6. Alignment (SOG, June 2017). District priorities to county CSA priorities and to Police and
//    Crime Plan priorities [docs/domain-rules.md; LCC-CSS "police and crime plans and CSP plans
//    will often share priorities"; NWL 2.4, 3.3, 7.1]. Leicester City is a participating observer on the county
//    board without a vote [RUT 3(a)], so its priorities are aligned to the PCC's only.
// ---------------------------------------------------------------------------------------------

export const alignment: DemoData['alignment'] = {
  actor: 'LSCSB Senior Officer Group secretariat',
  from: '2017-06-05 14:00',
  minutesApart: 2,
  items: [
    ['nAsb', 'cAsb'],
    ['nAsb', 'pAsb'],
    ['nViolence', 'cCrime'],
    ['nCyber', 'cCyber'],
    ['nSubstance', 'cSubstance'],
    ['nSubstance', 'pSubstance'],
    ['nReoffending', 'pReoffending'],
    ['lCrimeAsb', 'pAsb'],
    ['lDsa', 'pVulnerable'],
    ['lReoffending', 'pReoffending'],
    ['lCse', 'pVulnerable'],
  ],
};
