import { PLAN_COLUMNS, type PlanColumnKey } from '../plan-columns';

/**
 * The one table of headings councils use for each plan column, beyond the template's own.
 * Headings are compared after canonicalHeading(), so "Statutory?", "Budget (£)" and
 * "LEAD  AGENCY" need no entries of their own.
 */
const SYNONYMS: Record<PlanColumnKey, string[]> = {
  priority: [
    'priority',
    'priorities',
    'priority area',
    'strategic priority',
    'csp priority',
    'partnership priority',
    'theme',
  ],
  statutory: ['statutory', 'statutory duty', 'statutory priority', 'statutory requirement'],
  action: ['action', 'actions', 'headline action', 'headline actions', 'action title', 'activity', 'what we will do'],
  leadAgency: [
    'lead agency',
    'lead',
    'lead organisation',
    'lead organization',
    'lead partner',
    'responsible agency',
    'agency',
  ],
  leadOfficer: ['lead officer', 'officer', 'responsible officer', 'lead contact', 'contact officer'],
  milestones: ['milestones', 'milestone', 'key milestones', 'milestones and due quarter'],
  fundingSource: ['funding source', 'funding', 'source of funding', 'funded by', 'funder'],
  budget: ['budget', 'cost', 'amount', 'allocation', 'budget allocated'],
};

/** Lower case, single spaces, without the punctuation and units people add: "Budget (£)" is "budget". */
export function canonicalHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\((£|gbp|pounds|y\/n|yes\/no)\)/g, ' ')
    .replace(/[£?*:.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEY_BY_HEADING = new Map<string, PlanColumnKey>(
  PLAN_COLUMNS.flatMap((column) =>
    [column.heading, ...SYNONYMS[column.key]].map((heading) => [canonicalHeading(heading), column.key] as const),
  ),
);

/** The plan column a heading names, or null for a column the import does not read. */
export function columnOfHeading(heading: string): PlanColumnKey | null {
  return KEY_BY_HEADING.get(canonicalHeading(heading)) ?? null;
}

/** Each plan column's index in a heading row (the first cell naming it); absent columns are left out. */
export function columnsOfHeadingRow(cells: string[]): Partial<Record<PlanColumnKey, number>> {
  const indexes: Partial<Record<PlanColumnKey, number>> = {};
  cells.forEach((cell, index) => {
    const key = columnOfHeading(cell ?? '');
    if (key && indexes[key] === undefined) indexes[key] = index;
  });
  return indexes;
}
