/** The shared spec scenario: a small Leicestershire county in 2017/18. */
import { PlanHistory } from './plan-history';

export const FY = '2017/18';
export const BOARD = 'leics-board';
export const NWL = 'nw-leics-csp';
export const CHARNWOOD = 'charnwood-csp';
export const nwlPlan = { planId: 'nwl-2017', partnershipId: NWL, financialYear: FY };
export const charnwoodPlan = { planId: 'charnwood-2017', partnershipId: CHARNWOOD, financialYear: FY };

/**
 * A small county: the board's 2017/18 plan with two county priorities, two districts aligned to
 * them, and actions covering every status, a correction, a cancellation and a late update.
 */
export function leicestershire(): PlanHistory {
  const h = new PlanHistory();
  h.registerPartnership(BOARD, 'Leicestershire Safer Communities Strategy Board', 'COUNTY_STRATEGY_BOARD');
  h.registerPartnership(NWL, 'North West Leicestershire CSP');
  h.registerPartnership(CHARNWOOD, 'Charnwood CSP');
  h.createPlan('board-2017', BOARD, FY, 'Community Safety Agreement 2017/18', 'COUNTY_STRATEGY_BOARD');
  h.addPriority('board-2017', 'county-asb', 'Reducing anti-social behaviour');
  h.addPriority('board-2017', 'county-reoffending', 'Reducing re-offending', true);
  h.createPlan('nwl-2017', NWL, FY, 'NWL Community Safety Action Plan 2017/18');
  h.addPriority('nwl-2017', 'nwl-asb', 'Increasing community confidence by addressing ASB');
  h.addPriority('nwl-2017', 'nwl-reoffending', 'Reducing re-offending', true);
  h.createPlan('charnwood-2017', CHARNWOOD, FY);
  h.addPriority('charnwood-2017', 'charnwood-asb', 'Tackling ASB in Loughborough');
  // A later year of NWL, created after Charnwood's plan: rows still group by partnership.
  h.createPlan('nwl-2018', NWL, '2018/19');
  h.addPriority('nwl-2018', 'nwl-asb-2018', 'ASB 2018/19');
  const countyAsb = { priorityId: 'county-asb', planId: 'board-2017', partnershipId: BOARD };
  // Charnwood aligns first, but rows follow registration order (NWL before Charnwood).
  h.alignPriority('charnwood-2017', 'charnwood-asb', countyAsb);
  h.alignPriority('nwl-2017', 'nwl-asb', countyAsb);
  h.alignPriority('nwl-2017', 'nwl-reoffending', { priorityId: 'county-reoffending', planId: 'board-2017', partnershipId: BOARD });
  h.alignPriority('nwl-2018', 'nwl-asb-2018', countyAsb); // another year: not in the 2017/18 county view

  const nwlAsb = { ...nwlPlan, priorityId: 'nwl-asb' };
  // a1: corrected Q2 (AMBER 45 -> RED 40) is its latest quarter.
  h.createAction('a1', nwlAsb, { title: 'Neighbourhood ASB patrols', leadAgency: 'Leicestershire Police', leadOfficer: 'Insp. Grey' });
  h.scheduleMilestone('a1', 'ms1', '2017/18 Q1', 'Patrol plan agreed');
  h.scheduleMilestone('a1', 'ms2', '2017/18 Q2', 'Hotspot review');
  h.reachMilestone('a1', 'ms1', '2017-06-10', 'Minutes of 10 June');
  h.recordUpdate('a1', '2017/18 Q1', 'GREEN', 30, 'Patrols started', { at: '2017-07-05T10:00:00.000Z', actor: 'alice' });
  h.recordUpdate('a1', '2017/18 Q2', 'AMBER', 45, 'Staff shortage', { at: '2017-10-04T10:00:00.000Z', actor: 'alice' });
  h.correctUpdate('a1', '2017/18 Q2', 'RED', 40, 'Figures overstated', 'Patrols paused', { at: '2017-10-09T11:30:00.000Z', actor: null });
  // a2: nothing reported yet.
  h.createAction('a2', nwlAsb, { fundingSource: 'PCC grant', budget: 12500.5 });
  h.scheduleMilestone('a2', 'ms3', '2017/18 Q3');
  // a3: completed after a GREEN 50.
  h.createAction('a3', nwlAsb);
  h.recordUpdate('a3', '2017/18 Q1', 'GREEN', 50);
  h.completeAction('a3', { at: '2017-09-01T09:00:00.000Z' });
  // a4: cancelled with a milestone that would otherwise be overdue.
  h.createAction('a4', nwlAsb);
  h.scheduleMilestone('a4', 'ms4', '2017/18 Q1');
  h.recordUpdate('a4', '2017/18 Q1', 'AMBER', 20);
  h.cancelAction('a4', 'Funding withdrawn', { at: '2017-09-02T09:00:00.000Z' });
  // a5: Q2 recorded before a late Q1; the latest quarter (Q2) decides.
  h.createAction('a5', { ...charnwoodPlan, priorityId: 'charnwood-asb' });
  h.recordUpdate('a5', '2017/18 Q2', 'GREEN', 70);
  h.recordUpdate('a5', '2017/18 Q1', 'AMBER', 35);
  return h;
}

