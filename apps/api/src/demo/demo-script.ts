/**
 * Built-in demo: a plausible 2017/18 history of Leicestershire community safety planning,
 * replayed through the ordinary GraphQL mutations (so every domain rule is enforced on the way in).
 *
 * Sources (published council papers, cited below by these tags):
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

export type DemoMutation =
  | 'registerPartnership'
  | 'createActionPlan'
  | 'addPriority'
  | 'createAction'
  | 'scheduleMilestone'
  | 'reachMilestone'
  | 'recordQuarterlyUpdate'
  | 'correctQuarterlyUpdate'
  | 'alignPriority'
  | 'completeAction'
  | 'cancelAction'
  | 'registerFundingSource'
  | 'allocateFunding'
  | 'recordFundingSpend'
  | 'recordMemberJoined'
  | 'renamePartnership';

export interface DemoStep {
  /** ISO-8601 instant the step is recorded at. */
  at: string;
  /** Who recorded it (a role, never a real person's contact details). */
  actor: string;
  mutation: DemoMutation;
  /** Exactly the GraphQL input fields; '@name' refers to the id produced by the step with `as: name`. */
  input: Record<string, string | number | boolean | null>;
  /** Name this step's result (the new id) so later inputs can say '@name'. */
  as?: string;
}

// ---------------------------------------------------------------------------------------------
// Small vocabulary
// ---------------------------------------------------------------------------------------------

type Rag = 'GREEN' | 'AMBER' | 'RED';
type Q = 'Q1' | 'Q2' | 'Q3' | 'Q4';

const FY = '2017/18';
const quarter = (q: Q): string => `${FY} ${q}`;
const NEXT_YEAR_Q2 = '2018/19 Q2';

/** '2017-07-14 10:30' -> '2017-07-14T10:30:00Z' */
const t = (when: string): string => `${when.replace(' ', 'T')}:00Z`;
const ref = (name: string): string => `@${name}`;

const PCC_FUND = "Police and Crime Commissioner's community safety funding";
const PLF = "PCC's Partnership Locality Fund";

const ACTORS = {
  admin: 'SaferPlan administrator',
  county: 'LCC Community Safety Team Manager',
  countyCoordinator: 'LCC Community Safety Coordinator',
  pcc: 'OPCC Partnerships and Commissioning Manager',
  nwl: 'Safer North West coordinator',
  leicester: 'Safer Leicester Partnership coordinator',
  sog: 'LSCSB Senior Officer Group secretariat',
} as const;

interface MilestoneSpec {
  as: string;
  title: string;
  due: string;
  /** [reachedOn, recorded at ('YYYY-MM-DD hh:mm'), evidence] */
  reached?: [string, string, string];
}

interface UpdateSpec {
  q: Q;
  at: string;
  rag: Rag;
  pct: number;
  narrative: string;
}

interface ActionSpec {
  as: string;
  priority: string;
  title: string;
  leadAgency: string;
  leadOfficer?: string | null;
  fundingSource?: string | null;
  budget?: number | null;
  milestones?: MilestoneSpec[];
  updates?: UpdateSpec[];
  correction?: UpdateSpec & { reason: string };
  completed?: string;
  cancelled?: { at: string; reason: string };
}

interface PlanSpec {
  as: string;
  partnership: string;
  title: string;
  actor: string;
  /** When the coordinator starts drafting: plan, priorities, actions and milestones follow a minute apart. */
  draftedFrom: string;
  priorities: Array<{ as: string; title: string; statutory: boolean }>;
  actions: ActionSpec[];
}

/** Emits a whole plan's story: the drafting session first, then every later event at its own time. */
function planSteps(plan: PlanSpec): DemoStep[] {
  const out: DemoStep[] = [];
  let clock = Date.parse(t(plan.draftedFrom));
  const next = (): string => {
    const at = new Date(clock).toISOString().replace('.000Z', 'Z');
    clock += 60_000;
    return at;
  };
  out.push({
    at: next(),
    actor: plan.actor,
    mutation: 'createActionPlan',
    input: { partnershipId: ref(plan.partnership), financialYear: FY, title: plan.title },
    as: plan.as,
  });
  for (const p of plan.priorities) {
    out.push({
      at: next(),
      actor: plan.actor,
      mutation: 'addPriority',
      input: { planId: ref(plan.as), title: p.title, statutory: p.statutory },
      as: p.as,
    });
  }
  for (const a of plan.actions) {
    out.push({
      at: next(),
      actor: plan.actor,
      mutation: 'createAction',
      input: {
        planId: ref(plan.as),
        priorityId: ref(a.priority),
        title: a.title,
        leadAgency: a.leadAgency,
        leadOfficer: a.leadOfficer ?? null,
        fundingSource: a.fundingSource ?? null,
        budget: a.budget ?? null,
      },
      as: a.as,
    });
    for (const m of a.milestones ?? []) {
      out.push({
        at: next(),
        actor: plan.actor,
        mutation: 'scheduleMilestone',
        input: { actionId: ref(a.as), title: m.title, dueQuarter: m.due },
        as: m.as,
      });
    }
  }
  for (const a of plan.actions) {
    for (const m of a.milestones ?? []) {
      if (!m.reached) continue;
      const [reachedOn, at, evidence] = m.reached;
      out.push({
        at: t(at),
        actor: plan.actor,
        mutation: 'reachMilestone',
        input: { actionId: ref(a.as), milestoneId: ref(m.as), reachedOn, evidence },
      });
    }
    for (const u of a.updates ?? []) {
      out.push({
        at: t(u.at),
        actor: plan.actor,
        mutation: 'recordQuarterlyUpdate',
        input: { actionId: ref(a.as), quarter: quarter(u.q), rag: u.rag, percentComplete: u.pct, narrative: u.narrative },
      });
    }
    if (a.correction) {
      const c = a.correction;
      out.push({
        at: t(c.at),
        actor: plan.actor,
        mutation: 'correctQuarterlyUpdate',
        input: {
          actionId: ref(a.as),
          quarter: quarter(c.q),
          rag: c.rag,
          percentComplete: c.pct,
          narrative: c.narrative,
          reason: c.reason,
        },
      });
    }
    if (a.completed) {
      out.push({ at: t(a.completed), actor: plan.actor, mutation: 'completeAction', input: { actionId: ref(a.as) } });
    }
    if (a.cancelled) {
      out.push({
        at: t(a.cancelled.at),
        actor: plan.actor,
        mutation: 'cancelAction',
        input: { actionId: ref(a.as), reason: a.cancelled.reason },
      });
    }
  }
  return out;
}

/** Four quarterly updates in one line each: [recorded at, rag, percent, narrative]. */
function updates(...rows: Array<[Q, string, Rag, number, string]>): UpdateSpec[] {
  return rows.map(([q, at, rag, pct, narrative]) => ({ q, at, rag, pct, narrative }));
}

// ---------------------------------------------------------------------------------------------
// 1. Partnerships (April 2017). [LCC-CSS] "Leicestershire has six CSPs ... which includes one
//    merged CSP for Blaby District and Hinckley and Bosworth Borough"; the LSCSB; the PCC;
//    the city's Safer Leicester Partnership [SLP]; the Safer Rutland Partnership [RUT 3(b)].
// ---------------------------------------------------------------------------------------------

const partnerships: Array<[string, string, 'COMMUNITY_SAFETY_PARTNERSHIP' | 'COUNTY_STRATEGY_BOARD' | 'POLICE_AND_CRIME_COMMISSIONER']> = [
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
];

const registration: DemoStep[] = partnerships.map(([as, name, kind], i) => ({
  at: t(`2017-04-03 09:${String(i * 2).padStart(2, '0')}`),
  actor: ACTORS.admin,
  mutation: 'registerPartnership',
  input: { name, kind },
  as,
}));

// ---------------------------------------------------------------------------------------------
// 2. County board plan: the seven county-wide priorities [LCC-CSS "Priorities"; CAB §9] with the
//    LCC community safety team's workstreams as actions [LCC-CSS "LCC Community Safety Team":
//    ASB; Prevent & hate crime; domestic abuse & vulnerability; serious & organised crime &
//    emerging threats; support to LSCSB & SOG]. Statutory flags follow the Crime and Disorder
//    Act duties named in the papers (crime and disorder incl. ASB, substance misuse).
// ---------------------------------------------------------------------------------------------

const countyPlan: PlanSpec = {
  as: 'countyPlan',
  partnership: 'lscsb',
  title: 'LSCSB county-wide community safety priorities 2017/18',
  actor: ACTORS.county,
  draftedFrom: '2017-04-10 09:30',
  priorities: [
    { as: 'cVulnerable', title: 'Identify and protect the most vulnerable', statutory: false },
    { as: 'cCrime', title: 'Reduce crime and fear of crime', statutory: true },
    { as: 'cAsb', title: 'Reduce incidence and impact of ASB', statutory: true },
    { as: 'cSubstance', title: 'Reduce harm from alcohol and substance misuse', statutory: true },
    { as: 'cCyber', title: 'Reduce risk of harm to young people from cyber-crime and bullying', statutory: false },
    { as: 'cDomesticAbuse', title: 'Increase reporting of domestic abuse and protect the most vulnerable', statutory: false },
    { as: 'cHate', title: 'Increase confidence in reporting of hate incidents', statutory: false },
  ],
  actions: [
    // ASB workstream
    {
      as: 'cAsbGroups',
      priority: 'cAsb',
      title: 'Chair the LLR ASB Delivery and Strategy Groups and co-ordinate development of the Sentinel case management system',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (ASB)',
      milestones: [
        { as: 'cAsbGroupsM1', title: 'Sentinel development priorities agreed by the ASB Strategy Group', due: quarter('Q1'),
          reached: ['2017-06-15', '2017-06-16 10:00', 'ASB Strategy Group minutes, June 2017'] },
        { as: 'cAsbGroupsM2', title: 'Sentinel release rolled out to all district CSPs', due: quarter('Q3'),
          reached: ['2018-01-25', '2018-01-29 14:00', 'Release note circulated to district ASB leads'] }, // late
      ],
      updates: updates(
        ['Q1', '2017-07-12 10:00', 'GREEN', 25, 'Delivery and Strategy Groups met; Sentinel development priorities agreed.'],
        ['Q2', '2017-10-11 10:00', 'GREEN', 45, 'Sentinel specification signed off by LLR partners; testing under way.'],
        ['Q3', '2018-01-10 10:00', 'AMBER', 60, 'Sentinel release slipped from December to January after testing found data-sharing issues.'],
        ['Q4', '2018-04-11 10:00', 'GREEN', 85, 'Release live with all district CSPs; user feedback being gathered for 2018/19.'],
      ),
    },
    {
      as: 'cAsbStandards',
      priority: 'cAsb',
      title: 'Review ASB minimum standards and co-ordinate LLR partnership training on them',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (ASB)',
      milestones: [
        { as: 'cAsbStandardsM1', title: 'Training on current minimum standards delivered to LLR agencies', due: quarter('Q2'),
          reached: ['2017-09-20', '2017-09-22 11:00', 'Attendance lists from four LLR training sessions'] },
        // Left unreached: OVERDUE at year end.
        { as: 'cAsbStandardsM2', title: 'Revised ASB minimum standards agreed by the LSCSB', due: quarter('Q4') },
      ],
      updates: updates(
        ['Q1', '2017-07-12 10:20', 'GREEN', 15, 'Review scoped with district ASB leads; training dates set.'],
        ['Q2', '2017-10-11 10:20', 'GREEN', 35, 'Training delivered; review of standards drafted.'],
        ['Q3', '2018-01-10 10:20', 'AMBER', 50, 'Review held back to align with the LLR ASB policy being developed with the city.'],
        ['Q4', '2018-04-11 10:20', 'RED', 55, 'Revised standards not taken to the board in 2017/18; now due to the LSCSB in 2018/19.'],
      ),
    },
    // Prevent & hate crime workstream
    {
      as: 'cPrevent',
      priority: 'cVulnerable',
      title: 'Produce and monitor the corporate Prevent action plan (Section 29, Counter-Terrorism and Security Act 2015)',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Prevent and Hate)',
      milestones: [
        { as: 'cPreventM1', title: 'Corporate Prevent action plan approved', due: quarter('Q1'),
          reached: ['2017-06-27', '2017-06-28 15:00', 'Approved by the corporate management team'] },
        { as: 'cPreventM2', title: 'Staff Prevent awareness training launched (Home Office standards)', due: quarter('Q2'),
          reached: ['2017-09-18', '2017-09-19 09:30', 'E-learning module live on the staff learning pool'] },
      ],
    },
    {
      as: 'cHateWork',
      priority: 'cHate',
      title: 'Co-ordinate hate related work across LLR and chair the Hate Delivery Group',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Prevent and Hate)',
      milestones: [
        { as: 'cHateWorkM1', title: 'LLR Hate Crime Awareness Week campaign', due: quarter('Q3'),
          reached: ['2017-10-21', '2017-10-23 10:00', 'Campaign evaluation to the Hate Delivery Group'] },
      ],
      updates: updates(
        ['Q1', '2017-07-13 11:00', 'AMBER', 15, 'Hate Delivery Group membership being refreshed after the rise in reports this spring.'],
        ['Q2', '2017-10-12 11:00', 'GREEN', 40, 'Group re-established; awareness week plans agreed with district CSPs.'],
        ['Q3', '2018-01-11 11:00', 'GREEN', 70, 'Awareness week delivered across LLR; third-party reporting promoted.'],
        ['Q4', '2018-04-12 11:00', 'GREEN', 85, 'Reporting trends reviewed with Leicestershire Police; 2018/19 plan drafted.'],
      ),
    },
    // Domestic abuse & vulnerability workstream
    {
      as: 'cDaNeeds',
      priority: 'cDomesticAbuse',
      title: 'Co-ordinate the county domestic abuse needs assessment and assist LLR commissioning',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Domestic Abuse)',
      milestones: [
        { as: 'cDaNeedsM1', title: 'County domestic abuse needs assessment published', due: quarter('Q2'),
          reached: ['2017-10-12', '2017-10-13 12:00', 'Needs assessment presented to the SOG'] }, // late
        { as: 'cDaNeedsM2', title: 'LLR domestic abuse service specification agreed', due: quarter('Q4'),
          reached: ['2018-03-14', '2018-03-15 10:00', 'Specification signed off by LLR commissioners'] },
      ],
      updates: updates(
        ['Q1', '2017-07-13 11:30', 'GREEN', 20, 'Data requests issued to police, health and commissioned services.'],
        ['Q2', '2017-10-12 11:30', 'AMBER', 40, 'Health data arrived late; publication moved into October.'],
        ['Q3', '2018-01-11 11:30', 'GREEN', 65, 'Needs assessment published; commissioning options with LLR partners.'],
        ['Q4', '2018-04-12 11:30', 'GREEN', 90, 'Service specification agreed; procurement timetable set for 2018/19.'],
      ),
    },
    {
      as: 'cDaStrategy',
      priority: 'cDomesticAbuse',
      title: 'Develop the county domestic abuse strategy, operational practice and DA training',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Domestic Abuse)',
      milestones: [
        { as: 'cDaStrategyM1', title: 'DA training delivered internally and to partners', due: quarter('Q4'),
          reached: ['2018-03-26', '2018-03-27 16:00', 'Training log: sessions for social care and district staff'] },
      ],
    },
    {
      as: 'cVulnerabilityLink',
      priority: 'cVulnerable',
      title: 'Link responsible authorities and district CSPs to the LLR vulnerability executive and on child sexual exploitation',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Coordinator',
      milestones: [
        { as: 'cVulnerabilityLinkM1', title: 'Child exploitation briefing given to every district CSP', due: quarter('Q3'),
          reached: ['2017-12-05', '2017-12-06 10:00', 'Briefing notes filed for all six CSPs'] },
      ],
    },
    // Serious & organised crime & emerging threats workstream
    {
      as: 'cHorizon',
      priority: 'cCrime',
      title: 'Horizon scanning for emerging national and regional threats; co-ordinate the LLR senior officer group',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Team Manager',
      milestones: [
        { as: 'cHorizonM1', title: 'Emerging threats report to the LSCSB', due: quarter('Q2'),
          reached: ['2017-09-27', '2017-09-28 09:00', 'Report on the board agenda, September 2017'] },
      ],
    },
    {
      as: 'cInfoSharing',
      priority: 'cCyber',
      title: 'Co-ordinate countywide and locality information-sharing meetings on emerging threats, including cyber-crime affecting young people',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Coordinator',
      milestones: [
        { as: 'cInfoSharingM1', title: 'Locality information-sharing meetings running in each district', due: quarter('Q3'),
          reached: ['2017-12-13', '2017-12-14 10:00', 'Meeting schedule and terms of reference agreed'] },
      ],
    },
    // Support: LSCSB & Senior Officer Group
    {
      as: 'cSogSupport',
      priority: 'cCrime',
      title: 'Co-ordinate the SOG and LSCSB agendas and county data linked to community safety',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Team Manager',
      milestones: [
        { as: 'cSogSupportM1', title: 'County community safety performance dashboard refreshed', due: quarter('Q1'),
          reached: ['2017-06-29', '2017-06-30 10:00', 'Dashboard published to board members'] },
        // Due next year: still PENDING when the demo ends. [LCC-CSS: priorities agreed by LSCSB during 2018]
        { as: 'cSogSupportM2', title: 'County-wide priorities reviewed and agreed by the LSCSB for the Community Safety Agreement', due: NEXT_YEAR_Q2 },
      ],
      updates: updates(
        ['Q1', '2017-07-14 09:00', 'GREEN', 25, 'SOG and board agendas set for the year; dashboard refreshed.'],
        ['Q2', '2017-10-13 09:00', 'GREEN', 50, 'September board held; district CSP quarterly returns collated.'],
        ['Q3', '2018-01-12 09:00', 'GREEN', 75, 'December SOG held; missing district returns chased.'],
        ['Q4', '2018-04-13 09:00', 'GREEN', 90, 'Year-end returns collated; CSA priority review started for 2018.'],
      ),
    },
    {
      as: 'cSubstanceData',
      priority: 'cSubstance',
      title: 'Provide county data on alcohol and substance-related crime to support district priority setting',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Coordinator',
      milestones: [
        { as: 'cSubstanceDataM1', title: 'Substance misuse section supplied for district strategic assessments', due: quarter('Q4'),
          reached: ['2018-02-28', '2018-03-01 10:00', 'Data packs sent to all district CSP coordinators'] },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 3. PCC plan: Police and Crime Plan themes as the papers report them [RUT ToR §1: reducing
//    offending and re-offending, substance-related crime and disorder, protecting the most
//    vulnerable, reducing ASB, increasing public confidence]; the PCC funds CSPs [NWL 1.5, SLP 4.4].
// ---------------------------------------------------------------------------------------------

const pccPlan: PlanSpec = {
  as: 'pccPlan',
  partnership: 'pcc',
  title: 'Police and Crime Plan: 2017/18 delivery',
  actor: ACTORS.pcc,
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
        { as: 'pLocalityFundingM1', title: 'Grant agreements signed (Safer Leicester £239,000; Safer North West £34,500)', due: quarter('Q1'),
          reached: ['2017-05-31', '2017-06-01 11:00', 'Signed grant agreements held by the OPCC'] },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 4. Safer North West Partnership [NWL 4.1-4.2, 5.2]: three 2017/18 priorities plus the two
//    statutory themes; headline actions "broken down into tasks or milestones to be achieved each
//    quarter". PCC funding £34,500 for 17/18 and the £2,000 NWLDC ASB budget [NWL 1.5]; lead
//    agencies are partnership members [NWL 1.3]; the team's officers [NWL 1.6]. Action content
//    follows NWL 2.1-2.3 (Download festival, injunctions and closure orders, cyber-enabled crime,
//    hate crime, Coalville police and Turning Point moves).
// ---------------------------------------------------------------------------------------------

const nwlPlan: PlanSpec = {
  as: 'nwlPlan',
  partnership: 'nwl',
  title: 'Safer North West Partnership Action Plan 2017/18',
  actor: ACTORS.nwl,
  draftedFrom: '2017-04-18 09:00',
  priorities: [
    { as: 'nAsb', title: 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes', statutory: false },
    { as: 'nViolence', title: 'Protecting those that live work and visit the district from the effects of violence', statutory: false },
    { as: 'nCyber', title: 'Support for business, schools and residents to reduce the risk of Cybercrime', statutory: false },
    { as: 'nSubstance', title: 'To tackle substance misuse', statutory: true },
    { as: 'nReoffending', title: 'To reduce re-offending', statutory: true },
  ],
  actions: [
    // Priority 1: ASB
    {
      as: 'nAsbTools',
      priority: 'nAsb',
      title: 'Use ASB tools and powers (long-term injunctions, closure orders, community protection notices) against persistent perpetrators',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Officer (Anti-Social Behaviour)',
      fundingSource: 'NWLDC ASB budget',
      budget: 2000,
      milestones: [
        { as: 'nAsbToolsM1', title: 'ASB case review process agreed with Leicestershire Police', due: quarter('Q1'),
          reached: ['2017-06-22', '2017-06-23 11:00', 'Process note agreed at the June partnership meeting'] },
        { as: 'nAsbToolsM2', title: 'Injunction and closure order casework reviewed by the partnership', due: quarter('Q3'),
          reached: ['2017-12-12', '2017-12-13 10:00', 'Case review paper, December partnership meeting'] },
        { as: 'nAsbToolsM3', title: 'Year-end review of tools and powers outcomes', due: quarter('Q4'),
          reached: ['2018-03-20', '2018-03-21 10:00', 'Outcomes summary in the annual strategic assessment'] },
      ],
      updates: updates(
        ['Q1', '2017-07-10 10:00', 'GREEN', 25, 'Case review process agreed; two persistent perpetrators opened on Sentinel.'],
        ['Q2', '2017-10-09 10:00', 'GREEN', 50, 'Community protection warnings issued; one injunction application in preparation.'],
        ['Q3', '2018-01-08 10:00', 'GREEN', 75, 'Injunction granted; casework reviewed by the partnership in December.'],
        ['Q4', '2018-04-09 10:00', 'GREEN', 95, 'Year-end review complete; ASB budget fully committed.'],
      ),
    },
    {
      as: 'nCoalvilleJag',
      priority: 'nAsb',
      title: 'Coalville Joint Action Group: problem-solving in ASB hotspots',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Neighbourhood Policing Area Inspector',
      fundingSource: PCC_FUND,
      budget: 8000,
      milestones: [
        { as: 'nCoalvilleJagM1', title: 'Hotspot profile for Coalville town centre agreed', due: quarter('Q1'),
          reached: ['2017-06-28', '2017-06-29 10:00', 'JAG hotspot profile v1'] },
        { as: 'nCoalvilleJagM2', title: 'Target-hardening and CCTV review in hotspot locations', due: quarter('Q2'),
          reached: ['2017-11-15', '2017-11-16 14:00', 'CCTV review report to the JAG'] }, // late
        { as: 'nCoalvilleJagM3', title: 'Hotspot ASB reports compared with the 2016/17 baseline', due: quarter('Q4'),
          reached: ['2018-03-27', '2018-03-28 10:00', 'Police ASB data extract to year end'] },
      ],
      updates: updates(
        ['Q1', '2017-07-10 10:20', 'GREEN', 20, 'JAG meeting monthly; hotspot profile agreed.'],
        ['Q2', '2017-10-12 10:20', 'GREEN', 50, 'Patrol plan in place; CCTV review commissioned.'],
        ['Q3', '2018-01-08 10:20', 'AMBER', 60, 'CCTV review completed late; summer rise in reports being worked through.'],
        ['Q4', '2018-04-09 10:20', 'GREEN', 85, 'Hotspot reports down on the baseline in the final quarter.'],
      ),
      // The one corrected update of the demo.
      correction: {
        q: 'Q2',
        at: '2017-11-06 15:30',
        rag: 'AMBER',
        pct: 40,
        narrative: 'Patrol plan in place, but ASB reports in the town centre rose in August and the CCTV review is not finished.',
        reason: 'Q2 update was drafted before the August ASB figures arrived; corrected after the October partnership meeting.',
      },
    },
    {
      as: 'nYouthDiversion',
      priority: 'nAsb',
      title: 'Diversionary activities for young people in ASB hotspots',
      leadAgency: 'Leicestershire Fire and Rescue Service',
      leadOfficer: 'Station Manager, Coalville',
      fundingSource: PCC_FUND,
      budget: 6000,
      milestones: [
        { as: 'nYouthDiversionM1', title: 'Summer holiday programme delivered', due: quarter('Q2'),
          reached: ['2017-08-31', '2017-09-04 09:30', 'Attendance records, summer programme'] },
        { as: 'nYouthDiversionM2', title: 'Winter programme (October half-term to February) delivered', due: quarter('Q4'),
          reached: ['2018-02-23', '2018-02-26 10:00', 'Attendance records, winter programme'] },
      ],
      updates: updates(
        // LATE: Q1 not in before the September partnership meeting.
        ['Q1', '2017-09-26 16:00', 'GREEN', 15, 'Venues and coaches booked for the summer programme (update recorded late).'],
        ['Q2', '2017-10-10 11:00', 'GREEN', 55, 'Summer programme delivered at three sites.'],
        ['Q3', '2018-01-09 11:00', 'GREEN', 70, 'Half-term and bonfire-period sessions delivered.'],
        ['Q4', '2018-04-10 11:00', 'GREEN', 95, 'Winter programme complete; evaluation under way.'],
      ),
    },
    // Priority 2: violence
    {
      as: 'nDownload',
      priority: 'nViolence',
      title: 'Download Festival crime reduction operation at Donington Park',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Event Policing Lead',
      fundingSource: PCC_FUND,
      budget: 5000,
      milestones: [
        { as: 'nDownloadM1', title: 'Multi-agency operational plan signed off', due: quarter('Q1'),
          reached: ['2017-05-26', '2017-05-30 10:00', 'Safety advisory group sign-off'] },
        { as: 'nDownloadM2', title: 'Festival operation delivered (June 2017)', due: quarter('Q1'),
          reached: ['2017-06-12', '2017-06-14 09:00', 'Operation log closed'] },
        { as: 'nDownloadM3', title: 'Debrief and crime figures reported to the partnership', due: quarter('Q2'),
          reached: ['2017-08-10', '2017-08-14 10:00', 'Debrief report, August partnership meeting'] },
      ],
      updates: updates(
        ['Q1', '2017-07-10 10:40', 'GREEN', 70, 'Operation delivered over the festival weekend; debrief booked.'],
        ['Q2', '2017-10-09 10:40', 'GREEN', 100, 'Debrief reported; festival crime continues to fall.'],
      ),
      completed: '2017-10-16 12:00', // the one completed action
    },
    {
      as: 'nNightTime',
      priority: 'nViolence',
      title: 'Safer night-time economy in Coalville and Ashby de la Zouch: Pubwatch and licensing visits',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Licensing Team Leader',
      fundingSource: PCC_FUND,
      budget: 3000,
      milestones: [
        { as: 'nNightTimeM1', title: 'Pubwatch schemes relaunched', due: quarter('Q2'),
          reached: ['2017-09-14', '2017-09-15 10:00', 'Pubwatch relaunch meeting notes'] },
        { as: 'nNightTimeM2', title: 'Christmas safer nights operation', due: quarter('Q3'),
          reached: ['2017-12-22', '2017-12-27 10:00', 'Joint police and licensing visit log'] },
      ],
      updates: updates(
        ['Q1', '2017-07-11 10:00', 'AMBER', 10, 'Pubwatch chair vacant in Ashby; relaunch planned for September.'],
        ['Q2', '2017-10-10 10:00', 'GREEN', 45, 'Both Pubwatch schemes relaunched.'],
        ['Q3', '2018-01-09 10:00', 'GREEN', 80, 'Christmas operation delivered with Leicestershire Police.'],
        ['Q4', '2018-04-10 10:00', 'GREEN', 90, 'Licensing visits continuing; no reviews needed this year.'],
      ),
    },
    {
      as: 'nDomesticAbuse',
      priority: 'nViolence',
      title: 'Domestic abuse awareness and referral pathway for vulnerable victims',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Officer (Vulnerable Adults)',
      fundingSource: PCC_FUND,
      budget: 4000,
      milestones: [
        { as: 'nDomesticAbuseM1', title: 'Domestic abuse awareness sessions for frontline council staff', due: quarter('Q2'),
          reached: ['2017-09-28', '2017-09-29 10:00', 'Training attendance records'] },
        { as: 'nDomesticAbuseM2', title: 'White Ribbon Day campaign', due: quarter('Q3'),
          reached: ['2017-11-25', '2017-11-27 10:00', 'Campaign materials and social media reach'] },
      ],
      updates: updates(
        ['Q1', '2017-07-11 10:20', 'GREEN', 20, 'Referral pathway mapped with housing and the commissioned DA service.'],
        ['Q2', '2017-10-10 10:20', 'GREEN', 45, 'Frontline awareness sessions delivered.'],
        ['Q3', '2018-01-09 10:20', 'GREEN', 75, 'White Ribbon Day campaign delivered; referrals up.'],
        ['Q4', '2018-04-10 10:20', 'GREEN', 90, 'Pathway embedded; refresher sessions planned for 2018/19.'],
      ),
    },
    {
      as: 'nHate',
      priority: 'nViolence',
      title: 'Hate incident awareness and third-party reporting centres',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Officer (Equalities)',
      fundingSource: PCC_FUND,
      budget: 2500,
      milestones: [
        { as: 'nHateM1', title: 'Third-party reporting centres refreshed', due: quarter('Q2'),
          reached: ['2017-10-24', '2017-10-25 10:00', 'Updated list of reporting centres'] }, // late
        { as: 'nHateM2', title: 'Hate Crime Awareness Week events', due: quarter('Q3'),
          reached: ['2017-10-20', '2017-10-23 11:00', 'Event report'] },
      ],
      updates: updates(
        // LATE: Q1 recorded after the September partnership meeting.
        ['Q1', '2017-09-25 15:00', 'AMBER', 10, 'Officer post part time and vacant in May; work restarted in June (update recorded late).'],
        ['Q2', '2017-10-11 10:00', 'AMBER', 35, 'Reporting centre refresh slipped into October.'],
        ['Q3', '2018-01-10 10:30', 'GREEN', 65, 'Awareness week delivered; reporting centres refreshed.'],
        ['Q4', '2018-04-10 10:40', 'GREEN', 85, 'Reporting centres visited; reports monitored with the police.'],
      ),
    },
    // Priority 3: cybercrime
    {
      as: 'nCyberBusiness',
      priority: 'nCyber',
      title: 'Cybercrime awareness for local businesses',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Cyber Protect Officer',
      fundingSource: PCC_FUND,
      budget: 3000,
      milestones: [
        { as: 'nCyberBusinessM1', title: 'Business cyber security seminar delivered', due: quarter('Q3'),
          reached: ['2017-11-09', '2017-11-10 10:00', 'Seminar attendance list'] },
        { as: 'nCyberBusinessM2', title: 'Follow-up survey of attending businesses', due: quarter('Q4'),
          reached: ['2018-03-15', '2018-03-16 10:00', 'Survey results summary'] },
      ],
      updates: updates(
        ['Q1', '2017-07-11 11:00', 'AMBER', 5, 'Waiting on Cyber Protect officer capacity; seminar pencilled in for November.'],
        ['Q2', '2017-10-11 10:30', 'AMBER', 20, 'Seminar booked with the Chamber of Commerce.'],
        ['Q3', '2018-01-10 11:00', 'GREEN', 60, 'Seminar delivered.'],
        ['Q4', '2018-04-11 09:30', 'GREEN', 90, 'Follow-up survey complete; most businesses report changed practice.'],
      ),
    },
    {
      as: 'nCyberSchools',
      priority: 'nCyber',
      title: 'Online safety and cyberbullying sessions in secondary schools',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Team Leader',
      fundingSource: PCC_FUND,
      budget: 3000,
      milestones: [
        { as: 'nCyberSchoolsM1', title: 'Sessions booked with every secondary school', due: quarter('Q1'),
          reached: ['2017-07-07', '2017-07-12 10:00', 'Booking schedule'] }, // late
        { as: 'nCyberSchoolsM2', title: 'Sessions delivered in all secondary schools', due: quarter('Q3'),
          reached: ['2018-01-30', '2018-02-01 10:00', 'Delivery log'] }, // late
        { as: 'nCyberSchoolsM3', title: 'Safer Internet Day activity', due: quarter('Q4'),
          reached: ['2018-02-06', '2018-02-07 10:00', 'Activity report'] },
      ],
      updates: updates(
        ['Q1', '2017-07-12 10:30', 'AMBER', 10, 'Bookings completed a week after the quarter closed.'],
        ['Q2', '2017-10-11 11:00', 'GREEN', 30, 'First sessions delivered in September.'],
        ['Q3', '2018-01-10 11:30', 'AMBER', 55, 'Two schools rescheduled their sessions into January.'],
        ['Q4', '2018-04-11 10:00', 'GREEN', 90, 'All schools reached; Safer Internet Day delivered.'],
      ),
    },
    // Statutory theme: substance misuse
    {
      as: 'nTurningPoint',
      priority: 'nSubstance',
      title: 'Promote the Turning Point drug and alcohol service from its Coalville office',
      leadAgency: 'Turning Point',
      leadOfficer: 'Service Manager, Coalville',
      milestones: [
        { as: 'nTurningPointM1', title: 'Referral pathway from partner agencies agreed', due: quarter('Q2'),
          reached: ['2017-09-07', '2017-09-08 10:00', 'Pathway agreed at the partnership meeting'] },
      ],
      updates: updates(
        ['Q1', '2017-07-12 11:00', 'GREEN', 25, 'Coalville office open; partner briefings under way.'],
        ['Q2', '2017-10-12 11:00', 'GREEN', 50, 'Referral pathway agreed with partners.'],
        ['Q3', '2018-01-11 10:00', 'GREEN', 70, 'Referrals from police and housing rising.'],
        ['Q4', '2018-04-11 10:30', 'GREEN', 85, 'Pathway in routine use.'],
      ),
    },
    // Statutory theme: re-offending
    {
      as: 'nIom',
      priority: 'nReoffending',
      title: 'Integrated Offender Management of priority offenders living in the district',
      leadAgency: 'National Probation Service',
      leadOfficer: 'IOM Senior Probation Officer',
      milestones: [
        { as: 'nIomM1', title: 'IOM cohort reviewed with partners', due: quarter('Q2'),
          reached: ['2017-09-19', '2017-09-20 10:00', 'Cohort review minutes'] },
        { as: 'nIomM2', title: 'Year-end re-offending data reported to the partnership', due: quarter('Q4'),
          reached: ['2018-03-29', '2018-04-03 10:00', 'Re-offending summary'] },
      ],
      updates: updates(
        ['Q1', '2017-07-12 11:30', 'GREEN', 25, 'Cohort agreed with police and Community Rehabilitation Company.'],
        ['Q2', '2017-10-12 11:30', 'GREEN', 50, 'Cohort review held.'],
        ['Q3', '2018-01-11 10:30', 'RED', 55, 'Cohort reviews paused by staff vacancies.'],
        // LATE: Q4 recorded in May.
        ['Q4', '2018-05-21 14:00', 'AMBER', 75, 'Reviews resumed in February; year-end data reported (update recorded late).'],
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 5. Safer Leicester Partnership [SLP 4.3]: the five 2017/18 priorities; actions from the work
//    programme [SLP 4.6-4.7]; funding from the PCC's Partnership Locality Fund, £239k for 2017/8
//    [SLP 4.4] (the split across actions is illustrative and adds up to £239,000).
// ---------------------------------------------------------------------------------------------

const leicesterPlan: PlanSpec = {
  as: 'leicesterPlan',
  partnership: 'leicester',
  title: 'Safer Leicester Partnership Plan 2017-18',
  actor: ACTORS.leicester,
  draftedFrom: '2017-04-24 10:00',
  priorities: [
    { as: 'lCrimeAsb', title: 'To Reduce Overall Crime & Anti-Social Behaviour', statutory: true },
    { as: 'lPrevent', title: 'To stop people becoming terrorists or supporting terrorism', statutory: false },
    { as: 'lDsa', title: 'To Reduce the Incidences of Domestic & Sexual Abuse', statutory: false },
    { as: 'lReoffending', title: 'To Reduce Re-Offending – Adults & Young People', statutory: true },
    { as: 'lCse', title: 'To Effectively Manage Issues in Relation to Adult & Child Sexual Exploitation (CSE)', statutory: false },
  ],
  actions: [
    // Crime & ASB
    {
      as: 'lPspoNps',
      priority: 'lCrimeAsb',
      title: 'Introduce a Public Spaces Protection Order covering street drinking and new psychoactive substances',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Manager',
      fundingSource: PLF,
      budget: 15000,
      milestones: [
        { as: 'lPspoNpsM1', title: 'Public consultation completed', due: quarter('Q2'),
          reached: ['2017-09-29', '2017-10-02 10:00', 'Consultation report'] },
        { as: 'lPspoNpsM2', title: 'PSPO in force', due: quarter('Q3'),
          reached: ['2017-12-04', '2017-12-05 10:00', 'Order made and signage installed'] },
      ],
      updates: updates(
        ['Q1', '2017-07-17 10:00', 'GREEN', 20, 'Consultation launched on street drinking and NPS use.'],
        ['Q2', '2017-10-16 10:00', 'GREEN', 45, 'Consultation closed; feedback being analysed.'],
        ['Q3', '2018-01-15 10:00', 'GREEN', 80, 'PSPO introduced in December alongside support for street drinkers.'],
        ['Q4', '2018-04-16 10:00', 'GREEN', 90, 'Enforcement and support offers monitored through the delivery group.'],
      ),
    },
    {
      as: 'lBeggingPspo',
      priority: 'lCrimeAsb',
      title: 'Consult on and consider a Public Spaces Protection Order for begging',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Manager',
      milestones: [
        { as: 'lBeggingPspoM1', title: 'Begging consultation completed and results analysed', due: quarter('Q3'),
          reached: ['2017-11-30', '2017-12-01 10:00', 'Consultation analysis'] },
      ],
      updates: updates(
        ['Q1', '2017-07-17 10:20', 'GREEN', 10, 'Evidence on begging hotspots gathered with the police.'],
        ['Q2', '2017-10-16 10:20', 'GREEN', 30, 'Consultation on begging open.'],
        ['Q3', '2018-01-15 10:20', 'AMBER', 50, 'Consultation analysed; decision pending through the Council.'],
      ),
      // the one cancelled action (illustrative outcome)
      cancelled: {
        at: '2018-02-12 14:00',
        reason:
          'Partnership agreed to tackle begging through the street lifestyle programme (support first, proportionate enforcement) instead of a separate PSPO.',
      },
    },
    {
      as: 'lStreetLifestyle',
      priority: 'lCrimeAsb',
      title: 'Street lifestyle programme: support people begging, street drinking or sleeping rough away from this behaviour',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Street Lifestyle Coordinator',
      fundingSource: PLF,
      budget: 40000,
      milestones: [
        { as: 'lStreetLifestyleM1', title: 'Multi-agency list of people with entrenched street lifestyles agreed', due: quarter('Q2'),
          reached: ['2017-09-21', '2017-09-22 10:00', 'Case list agreed at the delivery group'] },
        { as: 'lStreetLifestyleM2', title: 'Support and proportionate enforcement protocol agreed', due: quarter('Q3'),
          reached: ['2018-01-18', '2018-01-19 10:00', 'Signed protocol'] }, // late
      ],
      updates: updates(
        ['Q1', '2017-07-17 10:40', 'AMBER', 10, 'Partners still agreeing information sharing for the cohort.'],
        ['Q2', '2017-10-16 10:40', 'AMBER', 30, 'Cohort agreed; housing offers limited.'],
        ['Q3', '2018-01-15 10:40', 'AMBER', 50, 'Protocol sign-off slipped into January.'],
        ['Q4', '2018-04-16 10:40', 'GREEN', 70, 'Protocol in use; now also covers begging.'],
      ),
    },
    {
      as: 'lCelebrateSafely',
      priority: 'lCrimeAsb',
      title: 'Celebrate Safely campaign: crime prevention messages for Diwali, Christmas and other celebrations',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Communications Officer',
      fundingSource: PLF,
      budget: 8000,
      milestones: [
        { as: 'lCelebrateSafelyM1', title: 'Diwali campaign launched', due: quarter('Q3'),
          reached: ['2017-10-16', '2017-10-17 10:00', 'Campaign launch press release'] },
        { as: 'lCelebrateSafelyM2', title: 'Christmas and New Year campaign launched', due: quarter('Q3'),
          reached: ['2017-12-11', '2017-12-12 10:00', 'Campaign materials'] },
      ],
      updates: updates(
        ['Q1', '2017-07-18 10:00', 'GREEN', 10, 'Campaign calendar agreed with partners.'],
        ['Q2', '2017-10-17 10:00', 'GREEN', 30, 'Diwali materials produced with community groups.'],
        // LATE: Q3 recorded at the end of February.
        ['Q3', '2018-02-26 15:00', 'GREEN', 85, 'Diwali and Christmas campaigns delivered (update recorded late).'],
        ['Q4', '2018-04-17 10:00', 'GREEN', 95, 'Campaign evaluated; Vaisakhi messages issued.'],
      ),
    },
    // Prevent
    {
      as: 'lPreventTraining',
      priority: 'lPrevent',
      title: 'Prevent awareness training (WRAP) for frontline staff and partners',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Prevent Coordinator',
      fundingSource: PLF,
      budget: 12000,
      milestones: [
        { as: 'lPreventTrainingM1', title: 'Training delivered to schools and council frontline teams', due: quarter('Q4'),
          reached: ['2018-03-22', '2018-03-23 10:00', 'Training records'] },
      ],
      updates: updates(
        ['Q1', '2017-07-18 10:20', 'GREEN', 20, 'Training programme for the year published.'],
        ['Q2', '2017-10-17 10:20', 'GREEN', 45, 'Sessions delivered to schools and housing staff.'],
        ['Q3', '2018-01-16 10:00', 'GREEN', 70, 'Sessions delivered to licensing and social care teams.'],
        ['Q4', '2018-04-17 10:20', 'GREEN', 95, 'Programme delivered.'],
      ),
    },
    {
      as: 'lChannel',
      priority: 'lPrevent',
      title: 'Channel panel: multi-agency support for people referred as vulnerable to radicalisation',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Channel Panel Chair',
      milestones: [
        { as: 'lChannelM1', title: 'Channel panel terms of reference reviewed', due: quarter('Q2'),
          reached: ['2017-08-17', '2017-08-18 10:00', 'Revised terms of reference'] },
      ],
      updates: updates(
        ['Q1', '2017-07-18 10:40', 'GREEN', 25, 'Panel meeting monthly.'],
        ['Q2', '2017-10-17 10:40', 'GREEN', 50, 'Terms of reference reviewed.'],
        ['Q3', '2018-01-16 10:20', 'GREEN', 75, 'Panel meeting monthly; partners attending.'],
        ['Q4', '2018-04-17 10:40', 'GREEN', 95, 'Annual assurance statement prepared.'],
      ),
    },
    // Domestic & sexual abuse
    {
      as: 'lDsaNeeds',
      priority: 'lDsa',
      title: 'Domestic and sexual abuse strategic needs assessment to inform the D&SA strategy',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'D&SA Commissioning Lead',
      fundingSource: PLF,
      budget: 25000,
      milestones: [
        { as: 'lDsaNeedsM1', title: 'Strategic needs assessment completed', due: quarter('Q3'),
          reached: ['2018-02-15', '2018-02-16 10:00', 'Needs assessment report'] }, // late
        // Left unreached: OVERDUE at year end.
        { as: 'lDsaNeedsM2', title: 'Draft D&SA strategy to the partnership', due: quarter('Q4') },
      ],
      updates: updates(
        ['Q1', '2017-07-19 10:00', 'GREEN', 15, 'Needs assessment scoped; data requests issued.'],
        ['Q2', '2017-10-18 10:00', 'GREEN', 35, 'Survivor consultation under way.'],
        ['Q3', '2018-01-17 10:00', 'AMBER', 55, 'Health data arrived late; assessment now due February.'],
        ['Q4', '2018-04-18 10:00', 'AMBER', 70, 'Assessment complete; draft strategy to the partnership early in 2018/19.'],
      ),
    },
    {
      as: 'lDhr',
      priority: 'lDsa',
      title: 'Domestic Homicide Reviews: complete reviews and share learning',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'DHR Coordinator',
      fundingSource: PLF,
      budget: 20000,
      milestones: [
        { as: 'lDhrM1', title: 'Two DHR overview reports completed', due: quarter('Q3'),
          reached: ['2017-12-14', '2017-12-15 10:00', 'Overview reports submitted to the Home Office'] },
      ],
      updates: updates(
        ['Q1', '2017-07-19 10:20', 'GREEN', 25, 'Two reviews in progress with independent chairs.'],
        ['Q2', '2017-10-18 10:20', 'GREEN', 50, 'Draft overview reports with the panel.'],
        ['Q3', '2018-01-17 10:20', 'GREEN', 75, 'Both reports submitted.'],
        ['Q4', '2018-04-18 10:20', 'GREEN', 95, 'Learning event held for practitioners.'],
      ),
    },
    {
      as: 'lDsaCampaign',
      priority: 'lDsa',
      title: 'D&SA awareness campaign so that victims and witnesses are better able to report',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Communications Officer',
      fundingSource: PLF,
      budget: 15000,
      milestones: [
        { as: 'lDsaCampaignM1', title: 'Campaign launched', due: quarter('Q3'),
          reached: ['2017-11-25', '2017-11-27 10:00', 'Launch materials'] },
      ],
      updates: updates(
        ['Q1', '2017-07-19 10:40', 'AMBER', 10, 'Agency for campaign design not yet appointed.'],
        ['Q2', '2017-10-18 10:40', 'GREEN', 35, 'Campaign designed with survivors.'],
        ['Q3', '2018-01-17 10:40', 'GREEN', 70, 'Campaign launched in November.'],
        ['Q4', '2018-04-18 10:40', 'GREEN', 90, 'Calls to the helpline up; campaign evaluated.'],
      ),
    },
    {
      as: 'lApv',
      priority: 'lDsa',
      title: 'Adolescent to parent violence project',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Early Help Service Manager',
      fundingSource: PLF,
      budget: 22000,
      milestones: [
        { as: 'lApvM1', title: 'Project worker in post and referral route open', due: quarter('Q2'),
          reached: ['2017-07-24', '2017-07-25 10:00', 'Referral route published'] },
      ],
      updates: updates(
        ['Q1', '2017-07-20 10:00', 'AMBER', 15, 'Recruitment of project worker took longer than planned.'],
        ['Q2', '2017-10-19 10:00', 'GREEN', 35, 'Project worker in post; first referrals received.'],
        ['Q3', '2018-01-18 10:00', 'GREEN', 60, 'First families engaged.'],
        ['Q4', '2018-04-19 10:00', 'GREEN', 80, 'First cohort of families completed the programme.'],
      ),
    },
    // Re-offending
    {
      as: 'lKnifeCrime',
      priority: 'lReoffending',
      title: 'Knife crime multi-agency group: practical initiatives for those at risk',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Knife Crime Lead, City Policing',
      fundingSource: PLF,
      budget: 30000,
      milestones: [
        { as: 'lKnifeCrimeM1', title: 'At-risk cohort identified', due: quarter('Q1'),
          reached: ['2017-06-20', '2017-06-21 10:00', 'Cohort list held by the group'] },
      ],
      updates: updates(
        ['Q1', '2017-07-20 10:20', 'GREEN', 20, 'At-risk cohort identified and allocated.'],
        ['Q2', '2017-10-19 10:20', 'GREEN', 40, 'Mentoring and schools sessions started.'],
        ['Q3', '2018-01-18 10:20', 'AMBER', 55, 'Incidents rose in the autumn; group met more often.'],
        ['Q4', '2018-04-19 10:20', 'GREEN', 80, 'Interventions delivered to the cohort.'],
      ),
    },
    {
      as: 'lIom',
      priority: 'lReoffending',
      title: 'Integrated Offender Management for adults and young people who re-offend',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'IOM Detective Inspector',
      fundingSource: PLF,
      budget: 30000,
      milestones: [
        { as: 'lIomM1', title: 'Youth to adult transition protocol agreed with the Youth Offending Service', due: quarter('Q2'),
          reached: ['2017-09-26', '2017-09-27 10:00', 'Signed protocol'] },
      ],
      updates: updates(
        ['Q1', '2017-07-20 10:40', 'GREEN', 25, 'Cohort refreshed with probation.'],
        ['Q2', '2017-10-19 10:40', 'GREEN', 50, 'Transition protocol agreed.'],
        ['Q3', '2018-01-18 10:40', 'AMBER', 60, 'Housing for released offenders a pressure.'],
        ['Q4', '2018-04-19 10:40', 'GREEN', 80, 'Cohort re-offending rate down on last year.'],
      ),
    },
    // Adult & child sexual exploitation
    {
      as: 'lCseAwareness',
      priority: 'lCse',
      title: 'Sexual exploitation awareness for taxi drivers, hotels and licensed premises',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Licensing Manager',
      fundingSource: PLF,
      budget: 12000,
      milestones: [
        { as: 'lCseAwarenessM1', title: 'CSE awareness made part of taxi driver licensing', due: quarter('Q2'),
          reached: ['2017-09-12', '2017-09-13 10:00', 'Licensing committee decision'] },
      ],
      updates: updates(
        ['Q1', '2017-07-21 10:00', 'GREEN', 20, 'Training materials agreed with the police.'],
        ['Q2', '2017-10-20 10:00', 'GREEN', 45, 'Taxi driver training now a licensing condition.'],
        ['Q3', '2018-01-19 10:00', 'GREEN', 70, 'Hotel visits under way.'],
        ['Q4', '2018-04-20 10:00', 'GREEN', 90, 'Hotel and licensed premises visits completed.'],
      ),
    },
    {
      as: 'lCseHub',
      priority: 'lCse',
      title: 'Share intelligence and disrupt perpetrators through the LLR child sexual exploitation, trafficking and missing hub',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'CSE Hub Detective Inspector',
      fundingSource: PLF,
      budget: 10000,
      milestones: [
        { as: 'lCseHubM1', title: 'CSE problem profile for the city refreshed', due: quarter('Q3'),
          reached: ['2017-12-19', '2017-12-20 10:00', 'Problem profile'] },
      ],
      updates: updates(
        ['Q1', '2017-07-21 10:20', 'GREEN', 25, 'Hub attendance by city partners agreed.'],
        ['Q2', '2017-10-20 10:20', 'GREEN', 50, 'Disruption plans in place for identified locations.'],
        ['Q3', '2018-01-19 10:20', 'GREEN', 75, 'Problem profile refreshed.'],
        // LATE: Q4 recorded in May.
        ['Q4', '2018-05-24 11:00', 'AMBER', 80, 'Missing episodes rose in March; profile actions carried into 2018/19 (update recorded late).'],
      ),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 6. Alignment (SOG, June 2017). District priorities to county CSA priorities and to Police and
//    Crime Plan priorities [docs/domain-rules.md; LCC-CSS "police and crime plans and CSP plans will often share
//    priorities"; NWL 2.4, 3.3, 7.1]. Leicester City is a participating observer on the county
//    board without a vote [RUT 3(a)], so its priorities are aligned to the PCC's only.
// ---------------------------------------------------------------------------------------------

const alignments: Array<[string, string]> = [
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
];

const alignmentSteps: DemoStep[] = alignments.map(([priority, target], i) => ({
  at: t(`2017-06-05 14:${String(i * 2).padStart(2, '0')}`),
  actor: ACTORS.sog,
  mutation: 'alignPriority',
  input: { priorityId: ref(priority), alignedToPriorityId: ref(target) },
}));

// ---------------------------------------------------------------------------------------------
// 7. The PCC's money followed (recorded late, end of May 2018, when the OPCC asked for the
//    year-end return): Safer North West's £34,500 [NWL 1.5] and Safer Leicester's Partnership
//    Locality Fund of £239,000 [SLP 4.4], each allocated to the open actions that name it, at
//    their budgets. North West's year-end spend per action follows its last reported % complete
//    (illustrative, like the split across actions).
// ---------------------------------------------------------------------------------------------

const fundedPlans: Array<{ as: string; recipient: string; amount: number; source: string; plan: PlanSpec; spend: boolean }> = [
  { as: 'fundNwl', recipient: 'nwl', amount: 34_500, source: PCC_FUND, plan: nwlPlan, spend: true },
  { as: 'fundLeicester', recipient: 'leicester', amount: 239_000, source: PLF, plan: leicesterPlan, spend: false },
];

function fundingSteps(): DemoStep[] {
  const out: DemoStep[] = [];
  let clock = Date.parse(t('2018-05-29 09:00'));
  const next = (): string => {
    const at = new Date(clock).toISOString().replace('.000Z', 'Z');
    clock += 60_000;
    return at;
  };
  for (const fund of fundedPlans) {
    out.push({
      at: next(),
      actor: ACTORS.pcc,
      mutation: 'registerFundingSource',
      input: { name: fund.source, funderPartnershipId: ref('pcc'), recipientPartnershipId: ref(fund.recipient), financialYear: FY, amount: fund.amount },
      as: fund.as,
    });
    // Closed actions take no further steps (the demo's own rule), so only open ones are funded here.
    const funded = fund.plan.actions.filter((a) => a.fundingSource === fund.source && a.budget && !a.completed && !a.cancelled);
    for (const a of funded) {
      out.push({ at: next(), actor: ACTORS.pcc, mutation: 'allocateFunding', input: { fundingSourceId: ref(fund.as), actionId: ref(a.as), amount: a.budget! } });
    }
    if (!fund.spend) continue;
    for (const a of funded) {
      const last = a.updates?.[a.updates.length - 1];
      const spent = last ? Math.round((a.budget! * last.pct) / 100) : 0;
      if (spent === 0) continue;
      out.push({
        at: next(),
        actor: fund.plan.actor,
        mutation: 'recordFundingSpend',
        input: { fundingSourceId: ref(fund.as), actionId: ref(a.as), quarter: quarter(last!.q), amount: spent },
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The replay: every section's steps merged into one timeline (a stable sort, so steps that share
// an instant keep the order they were written in).
// ---------------------------------------------------------------------------------------------

export const demoScript: DemoStep[] = [
  ...registration,
  ...planSteps(countyPlan),
  ...planSteps(pccPlan),
  ...planSteps(nwlPlan),
  ...planSteps(leicesterPlan),
  ...alignmentSteps,
  ...fundingSteps(),
]
  .map((step, order) => ({ step, order }))
  .sort((a, b) => (a.step.at < b.step.at ? -1 : a.step.at > b.step.at ? 1 : a.order - b.order))
  .map(({ step }) => step)
  .concat(rutlandJoinsTheBoard());

// ---------------------------------------------------------------------------------------------
// Structure over time [RUT]: at its meeting of 29 September 2023 the LSCSB approved Rutland County
// Council's membership (until then a participating observer "with no voting rights", §3(a)) and
// renamed itself the Leicestershire & Rutland Safer Communities Strategy Board (§8a-b). Recorded
// by the administrator the following Monday. A function so it may sit after the timeline above.
// ---------------------------------------------------------------------------------------------

function rutlandJoinsTheBoard(): DemoStep[] {
  return [
    {
      at: t('2023-10-02 10:00'),
      actor: ACTORS.admin,
      mutation: 'recordMemberJoined',
      input: { partnershipId: '@lscsb', agency: 'Rutland County Council', responsibleAuthority: true, voting: true, on: '2023-09-29' },
    },
    {
      at: t('2023-10-02 10:05'),
      actor: ACTORS.admin,
      mutation: 'renamePartnership',
      input: { partnershipId: '@lscsb', name: 'Leicestershire and Rutland Safer Communities Strategy Board', on: '2023-09-29' },
    },
  ];
}
