import { longUkDate } from '@saferplan/domain/shared/financial-year';

/** One recorded event as the API's history lists it. */
export interface RecordedChange {
  position: string | number;
  type: string;
  data: string;
  recordedAt: string;
  actor?: string | null;
  actorName?: string | null;
  afterSeal: boolean;
}

/** Names for the ids an event carries, so a reader sees "Patrol rota agreed", not "m-7f3c…". */
export interface Names {
  milestones: Record<string, string>;
  priorities: Record<string, string>;
  plans: Record<string, string>;
  /**
   * Quarters whose update the server judged late (`late`, by the partnership's reporting
   * calendar): the one rule, so the history never disagrees with the action's own updates.
   */
  lateQuarters: ReadonlySet<string>;
}

/** A change told in words: what happened, each fact before and after, and its marks. */
export interface ChangeInWords {
  what: string;
  facts: Array<[label: string, value: string]>;
  late: boolean;
  afterSeal: boolean;
  by: string;
}

const RAG_WORDS: Record<string, string> = { GREEN: 'Green: on track', AMBER: 'Amber: at risk', RED: 'Red: off track' };
const money = (pounds: number) => `£${pounds.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(pounds) ? 0 : 2 })}`;
const figures = (d: Record<string, any>) => `${RAG_WORDS[d.rag] ?? d.rag}, ${d.percentComplete}% complete`;

/**
 * Every change to an action, oldest first, told in words: a correction shows what it replaced,
 * an edit shows each field before and after, ids become names, dates are written the UK way,
 * and an update recorded after its reporting deadline is marked late.
 */
export function changesInWords(changes: RecordedChange[], names: Names): ChangeInWords[] {
  const updates: Record<string, Record<string, any>> = {};
  let current: Record<string, any> = {};
  return changes.map((change) => {
    const d = JSON.parse(change.data) as Record<string, any>;
    const by = change.actorName ?? change.actor ?? 'unknown';
    const base = { late: false, afterSeal: change.afterSeal, by };
    switch (change.type) {
      case 'ActionCreated': {
        current = { title: d.title, leadAgency: d.leadAgency, leadOfficer: d.leadOfficer };
        const facts: Array<[string, string]> = [
          ['Title', d.title],
          ['Priority', names.priorities[d.priorityId] ?? 'a priority no longer in the plan'],
          ['Plan year', d.financialYear],
          ['Lead agency', d.leadAgency],
          ['Lead officer', d.leadOfficer ?? 'Not named'],
        ];
        if (d.fundingSource) facts.push(['Funding', `${d.fundingSource}${d.budget != null ? `, ${money(d.budget)}` : ''}`]);
        return { ...base, what: 'Action created', facts };
      }
      case 'ActionEdited': {
        const facts: Array<[string, string]> = [];
        for (const [key, label] of [['title', 'Title'], ['leadAgency', 'Lead agency'], ['leadOfficer', 'Lead officer']] as const) {
          if (key in d && d[key] !== current[key]) facts.push([label, `${current[key] ?? 'Not named'} → ${d[key] ?? 'Not named'}`]);
        }
        current = { ...current, ...d };
        return { ...base, what: 'Action edited', facts: facts.length ? facts : [['Change', 'No field changed']] };
      }
      case 'MilestoneScheduled':
        return { ...base, what: 'Milestone scheduled', facts: [['Milestone', d.title], ['Due in', d.dueQuarter]] };
      case 'MilestoneReached':
        return {
          ...base,
          what: 'Milestone reached',
          facts: [
            ['Milestone', names.milestones[d.milestoneId] ?? 'a milestone'],
            ['Reached on', longUkDate(d.reachedOn)],
            ['Evidence', d.evidence ?? 'None given'],
          ],
        };
      case 'QuarterlyUpdateRecorded':
      case 'QuarterlyUpdateCorrected': {
        const corrected = change.type === 'QuarterlyUpdateCorrected';
        const before = updates[d.quarter];
        updates[d.quarter] = d;
        const facts: Array<[string, string]> = [['Quarter', d.quarter]];
        if (corrected && before) {
          facts.push(['Figures', `${figures(before)} → ${figures(d)}`]);
          if (before.narrative !== d.narrative) facts.push(['Narrative before', before.narrative]);
        } else facts.push(['Figures', figures(d)]);
        facts.push(['Narrative', d.narrative]);
        if (corrected) facts.push(['Reason for correction', d.reason]);
        const late = !corrected && names.lateQuarters.has(d.quarter);
        return { ...base, late, what: corrected ? `Update for ${d.quarter} corrected` : `Update for ${d.quarter} recorded`, facts };
      }
      case 'ActionCompleted':
        return { ...base, what: 'Action completed', facts: [] };
      case 'ActionCancelled':
        return { ...base, what: 'Action cancelled', facts: [['Reason', d.reason]] };
      default:
        return { ...base, what: change.type.replace(/([a-z])([A-Z])/g, '$1 $2'), facts: [] };
    }
  });
}
