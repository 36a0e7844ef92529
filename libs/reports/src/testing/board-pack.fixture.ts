import type { BoardPack, BoardPackActionRow, BoardPackSection } from '../board-pack.model';

/**
 * A county pack as plain data (two districts, one withheld), for the renderings' specs: the
 * renderings only lay the model out, so they are tested on a model, not a server.
 */
const progress = (actions: number, completed: number, onTrack: number, atRisk: number, offTrack: number, overdue: number) => ({
  actions,
  completed,
  onTrack,
  atRisk,
  offTrack,
  notStarted: actions - completed - onTrack - atRisk - offTrack,
  milestones: actions * 2,
  milestonesReached: actions,
  milestonesOverdue: overdue,
  percentComplete: 100 * (completed / Math.max(1, actions)),
});

const action = (priority: string, n: number, rag: 'GREEN' | 'AMBER' | 'RED' | null): BoardPackActionRow => ({
  priority,
  action: `Action ${n}: a title long enough to wrap inside its table cell, as council plans write them`,
  leadAgency: 'Leicestershire Police',
  leadOfficer: n % 2 ? 'Insp. Jo Patel' : null,
  status: rag === 'GREEN' ? 'ON_TRACK' : rag === 'AMBER' ? 'AT_RISK' : rag === 'RED' ? 'OFF_TRACK' : 'NOT_STARTED',
  percentComplete: rag ? 20 + n : 0,
  update: rag && {
    rag,
    percentComplete: 20 + n,
    narrative: `Quarter's progress in words for action ${n}: partners met, the hotspot profile was agreed and patrols began in October.`,
    recordedAt: '2017-10-09T10:00:00.000Z',
    recordedBy: 'nw-coord',
    correctionReason: null,
  },
  dueBy: rag ? null : '30 October 2017',
  dueOn: rag ? null : '2017-10-30',
});

const PRIORITIES = ['Anti-social behaviour and its causes', 'Reducing re-offending', 'Domestic abuse'];

function district(name: string, id: string, withheld = false): BoardPackSection {
  const actions = PRIORITIES.flatMap((priority, p) => [0, 1, 2, 3].map((i) => action(priority, p * 4 + i + 1, (['GREEN', 'AMBER', 'RED', null] as const)[(p + i) % 4])));
  return {
    partnershipId: id,
    partnership: name,
    planTitle: `${name} Action Plan 2017/18`,
    priorities: PRIORITIES.map((title, i) => ({ title, statutory: i === 1, progress: progress(4, 0, 1, 1, 1, i) })),
    actions: withheld ? [] : actions,
    exceptions: withheld
      ? []
      : [
          { kind: 'OFF_TRACK', priority: PRIORITIES[0], action: actions[2].action, detail: 'RED at 23%: CCTV review delayed' },
          { kind: 'OVERDUE_MILESTONE', priority: PRIORITIES[0], action: actions[1].action, detail: 'Case review agreed (due 2017/18 Q1)' },
          { kind: 'MISSING_UPDATE', priority: PRIORITIES[0], action: actions[3].action, detail: 'no update recorded for 2017/18 Q2 (due by 30 October 2017)' },
        ],
    funding: withheld
      ? []
      : [{ source: "PCC's Partnership Locality Fund", funder: 'Office of the PCC', amount: 34500, allocated: 30500, unallocated: 4000, spentToQuarterEnd: 6500.5, actions: [{ action: actions[0].action, allocated: 8000, spentInQuarter: 2500.5, spentToQuarterEnd: 3500.5 }] }],
    fundingGiven: [],
    lateReturns: 1,
    indicators: withheld
      ? []
      : [
          {
            priority: PRIORITIES[0],
            name: 'ASB incidents reported',
            unit: 'COUNT',
            better: 'Lower is better',
            baseline: '1,200',
            source: 'Police recorded incidents',
            aggregation: null,
            quarters: [
              { quarter: '2017/18 Q1', value: 310, target: 300, rag: 'AMBER', words: '310 against target 300: Amber' },
              { quarter: '2017/18 Q2', value: 280, target: 300, rag: 'GREEN', words: '280 against target 300: Green' },
            ],
          },
        ],
    detailsWithheld: withheld,
    changesSinceSeal: withheld
      ? []
      : [{ priority: PRIORITIES[1], action: actions[5].action, recordedBy: 'nw-coord', recordedAt: '2017-11-02T09:00:00.000Z', reason: 'Police figures arrived late', before: 'GREEN (On track), 50% complete: Cohort review held.', after: 'AMBER (At risk), 45% complete: Corrected figures' }],
  };
}

export function countyPack(): BoardPack {
  const board = district('Leicestershire Safer Communities Strategy Board', 'board');
  return {
    title: 'Leicestershire Safer Communities Strategy Board: board pack 2017/18 Q2',
    quarter: '2017/18 Q2',
    financialYear: '2017/18',
    asOf: null,
    asOfDate: '2017-11-10',
    seal: { root: 'a'.repeat(64), shortRoot: 'aaaa aaaa aaaa aaaa', sealedAt: '2017-10-31T17:00:00.000Z', sealedBy: 'county-admin' },
    treeHead: { treeSize: 42, rootHash: 'b'.repeat(64), timestamp: '2017-11-10T09:00:00.000Z', signature: 'c'.repeat(128), publicKey: 'd'.repeat(64) },
    sections: [board, district('Safer North West Partnership', 'nwl'), district('Charnwood Community Safety Partnership', 'charnwood', true)],
  };
}

export function partnershipPack(): BoardPack {
  const pack = countyPack();
  return { ...pack, title: 'Safer North West Partnership: board pack 2017/18 Q2', seal: null, sections: [pack.sections[1]] };
}
