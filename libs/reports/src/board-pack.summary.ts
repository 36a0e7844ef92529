import type { BoardPack, BoardPackSection } from './board-pack.model';

/**
 * The headline figures a board reads first, the dashboard's tiles: actions by status at the
 * quarter's end, milestones overdue, late returns and spend against allocation. Pure: worked out
 * from a section, so the summary page, the county summary and the sheets agree by construction.
 */
export interface BoardPackSummary {
  partnership: string;
  actions: number;
  completed: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
  notStarted: number;
  overdueMilestones: number;
  /** Updates for the quarter missing past the reporting deadline, or first recorded after it. */
  lateReturns: number;
  /** Funding received for the year, allocated to actions and spent to the quarter's end; null when withheld. */
  funding: { amount: number; allocated: number; spent: number } | null;
}

const pence = (amounts: number[]): number => amounts.reduce((total, amount) => total + Math.round(amount * 100), 0) / 100;

export function summaryOf(section: BoardPackSection): BoardPackSummary {
  const total = (key: 'actions' | 'completed' | 'onTrack' | 'atRisk' | 'offTrack' | 'notStarted' | 'milestonesOverdue') =>
    section.priorities.reduce((sum, priority) => sum + priority.progress[key], 0);
  return {
    partnership: section.partnership,
    actions: total('actions'),
    completed: total('completed'),
    onTrack: total('onTrack'),
    atRisk: total('atRisk'),
    offTrack: total('offTrack'),
    notStarted: total('notStarted'),
    overdueMilestones: total('milestonesOverdue'),
    lateReturns: section.lateReturns,
    funding: section.detailsWithheld
      ? null
      : {
          amount: pence(section.funding.map((source) => source.amount)),
          allocated: pence(section.funding.map((source) => source.allocated)),
          spent: pence(section.funding.map((source) => source.spentToQuarterEnd)),
        },
  };
}

/** The county pack's "County summary": one row per partnership, the board's own first. */
export const countySummaryOf = (pack: Pick<BoardPack, 'sections'>): BoardPackSummary[] => pack.sections.map(summaryOf);

/** Every section added up: the whole pack's tiles (the county's, or the one partnership's). */
export function packSummaryOf(pack: Pick<BoardPack, 'title' | 'sections'>): BoardPackSummary {
  const rows = countySummaryOf(pack);
  const add = (key: 'actions' | 'completed' | 'onTrack' | 'atRisk' | 'offTrack' | 'notStarted' | 'overdueMilestones' | 'lateReturns') =>
    rows.reduce((sum, row) => sum + row[key], 0);
  const funded = rows.map((row) => row.funding).filter((funding): funding is NonNullable<typeof funding> => funding !== null);
  return {
    partnership: pack.sections[0]?.partnership ?? pack.title,
    actions: add('actions'),
    completed: add('completed'),
    onTrack: add('onTrack'),
    atRisk: add('atRisk'),
    offTrack: add('offTrack'),
    notStarted: add('notStarted'),
    overdueMilestones: add('overdueMilestones'),
    lateReturns: add('lateReturns'),
    funding: funded.length === 0 ? null : {
      amount: pence(funded.map((f) => f.amount)),
      allocated: pence(funded.map((f) => f.allocated)),
      spent: pence(funded.map((f) => f.spent)),
    },
  };
}

/** "£6,500.50 spent of £30,500.00 allocated (21%)": spend against allocation in words. */
export function spendWords(funding: BoardPackSummary['funding'], pounds: (n: number) => string): string {
  if (!funding) return 'Withheld';
  if (funding.allocated === 0 && funding.spent === 0) return 'No funding allocated';
  const share = funding.allocated === 0 ? '' : ` (${Math.round((funding.spent / funding.allocated) * 100)}%)`;
  return `${pounds(funding.spent)} spent of ${pounds(funding.allocated)} allocated${share}`;
}

/** A section's actions under their priorities, in plan order: the pack's per-priority tables. */
export function actionsByPriority(section: BoardPackSection): Array<BoardPackSection['priorities'][number] & { actions: BoardPackSection['actions'] }> {
  return section.priorities.map((priority) => ({ ...priority, actions: section.actions.filter((action) => action.priority === priority.title) }));
}
