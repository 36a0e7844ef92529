/**
 * The columns of an action-plan spreadsheet: one row per action. The same list drives the
 * reader, the problem report (which column a domain field lives in) and the template generator,
 * so they cannot drift apart.
 */
export const PLAN_COLUMNS = [
  { key: 'priority', heading: 'Priority', field: 'priorityTitle', width: 45, example: 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes' },
  { key: 'statutory', heading: 'Statutory', field: 'statutory', width: 10, example: 'No' },
  { key: 'action', heading: 'Action', field: 'title', width: 50, example: 'Coalville Joint Action Group: problem-solving in ASB hotspots' },
  { key: 'leadAgency', heading: 'Lead agency', field: 'leadAgency', width: 28, example: 'Leicestershire Police' },
  { key: 'leadOfficer', heading: 'Lead officer', field: 'leadOfficer', width: 28, example: 'Sector Inspector, Coalville' },
  { key: 'milestones', heading: 'Milestones', field: 'milestones', width: 60, example: 'Group established|2017/18 Q1; Hotspot profile agreed|2017/18 Q2' },
  { key: 'fundingSource', heading: 'Funding source', field: 'fundingSource', width: 32, example: "PCC's Partnership Locality Fund" },
  { key: 'budget', heading: 'Budget', field: 'budget', width: 12, example: '4500' },
] as const;

export type PlanColumnKey = (typeof PLAN_COLUMNS)[number]['key'];

/** Guidance printed in the templates and in the README. */
export const PLAN_FILE_RULES = [
  'One row per action. Rows with the same Priority text belong to the same priority.',
  'Statutory: Yes or No (blank means No); the same for every row of a priority.',
  'Milestones: "title|due quarter" separated by semicolons, e.g. "Group established|2017/18 Q1; Profile agreed|2017/18 Q2".',
  'Funding source: free text; when it names a funding source registered for the partnership and year, the Budget is allocated from it.',
  'Budget: pounds, e.g. 4500 or 4,500.50 (a leading £ is fine).',
  'Only Priority, Action and Lead agency are required; the heading row may sit below title rows; a Priority written once applies to the rows below it until the next.',
];
