/**
 * Built-in demo: a plausible 2017/18 history of Leicestershire community safety planning,
 * replayed through the ordinary GraphQL mutations (so every domain rule is enforced on the way in).
 * The story itself is data, under data/ (one file per section); demo-compiler.ts turns it into
 * the steps below.
 *
 * Sources (published council papers, cited in the data by these tags):
 *  [LCC-CSS]  Leicestershire County Council Community Safety Strategy 2019-2021: the seven
 *             county-wide priorities agreed by the Leicestershire Safer Communities Strategy Board
 *             (LSCSB) and the county community safety team's workstreams under five headings.
 *  [CAB]      Report of the Cabinet, Community Safety Strategy 2019-2021 (17 December 2019): the same
 *             seven priorities; the team's role on SOC, child exploitation and cyber-crime.
 *  [SLP]      Leicester City Community Safety Work (scrutiny, 7 December 2017): the Safer Leicester
 *             Partnership's five 2017/18 priorities, the PCC Partnership Locality Fund (£239k for
 *             2017/18) and the work programme (PSPOs, street lifestyle, Celebrate Safely, DHRs, ...).
 *  [NWL]      North West Leicestershire Community Safety Strategy 2017-2020 (Council, 27 June 2017):
 *             the Safer North West Partnership's three 2017/18 priorities plus two statutory themes,
 *             PCC funding of £34,500, the NWLDC ASB budget of £2,000, the team's officer roles.
 *  [RUT]      LSCSB report, 29 September 2023: Rutland joining the board; board membership; the
 *             Safer Rutland Partnership; themes the board coordinates with the Police and Crime Plan.
 *
 * Honest caveats, so nobody mistakes the demo for the record:
 *  - The seven county priorities were agreed by the LSCSB "during 2018" [LCC-CSS]; the demo files
 *    them on the board's 2017/18 plan so the county view has something to roll up.
 *  - The papers do not quote the Police and Crime Plan; the PCC priorities below are the themes the
 *    papers attribute to it or to the board's coordination of it [RUT §1, NWL 2.4, SLP 4.4].
 *  - Individual actions are the headline work named in the papers; their milestones, quarterly
 *    RAG ratings, percentages, narratives, officers' role titles and the split of the PCC money
 *    across actions are illustrative, not taken from real monitoring returns.
 *  - No real person's name, e-mail or phone number appears: actors and lead officers are roles.
 */

import { demoData } from './data';
import { compileDemo } from './demo-compiler';
import type { DemoStep } from './demo-step';

export type { DemoMutation, DemoStep } from './demo-step';

export const demoScript: DemoStep[] = compileDemo(demoData);
