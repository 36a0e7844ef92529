import type { PlanSpec } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 2. County board plan: the seven county-wide priorities [LCC-CSS "Priorities"; CAB §9] with the
//    LCC community safety team's workstreams as actions [LCC-CSS "LCC Community Safety Team":
//    ASB; Prevent & hate crime; domestic abuse & vulnerability; serious & organised crime &
//    emerging threats; support to LSCSB & SOG]. Statutory flags follow the Crime and Disorder
//    Act duties named in the papers (crime and disorder incl. ASB, substance misuse).
// ---------------------------------------------------------------------------------------------

export const countyPlan: PlanSpec = {
  as: 'countyPlan',
  partnership: 'lscsb',
  title: 'LSCSB county-wide community safety priorities 2017/18',
  actor: 'LCC Community Safety Team Manager',
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
        { as: 'cAsbGroupsM1', title: 'Sentinel development priorities agreed by the ASB Strategy Group', due: '2017/18 Q1',
          reached: ['2017-06-15', '2017-06-16 10:00', 'ASB Strategy Group minutes, June 2017'] },
        { as: 'cAsbGroupsM2', title: 'Sentinel release rolled out to all district CSPs', due: '2017/18 Q3',
          reached: ['2018-01-25', '2018-01-29 14:00', 'Release note circulated to district ASB leads'] }, // late
      ],
      updates: [
        ['Q1', '2017-07-12 10:00', 'GREEN', 25, 'Delivery and Strategy Groups met; Sentinel development priorities agreed.'],
        ['Q2', '2017-10-11 10:00', 'GREEN', 45, 'Sentinel specification signed off by LLR partners; testing under way.'],
        ['Q3', '2018-01-10 10:00', 'AMBER', 60, 'Sentinel release slipped from December to January after testing found data-sharing issues.'],
        ['Q4', '2018-04-11 10:00', 'GREEN', 85, 'Release live with all district CSPs; user feedback being gathered for 2018/19.'],
      ],
    },
    {
      as: 'cAsbStandards',
      priority: 'cAsb',
      title: 'Review ASB minimum standards and co-ordinate LLR partnership training on them',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (ASB)',
      milestones: [
        { as: 'cAsbStandardsM1', title: 'Training on current minimum standards delivered to LLR agencies', due: '2017/18 Q2',
          reached: ['2017-09-20', '2017-09-22 11:00', 'Attendance lists from four LLR training sessions'] },
        // Left unreached: OVERDUE at year end.
        { as: 'cAsbStandardsM2', title: 'Revised ASB minimum standards agreed by the LSCSB', due: '2017/18 Q4' },
      ],
      updates: [
        ['Q1', '2017-07-12 10:20', 'GREEN', 15, 'Review scoped with district ASB leads; training dates set.'],
        ['Q2', '2017-10-11 10:20', 'GREEN', 35, 'Training delivered; review of standards drafted.'],
        ['Q3', '2018-01-10 10:20', 'AMBER', 50, 'Review held back to align with the LLR ASB policy being developed with the city.'],
        ['Q4', '2018-04-11 10:20', 'RED', 55, 'Revised standards not taken to the board in 2017/18; now due to the LSCSB in 2018/19.'],
      ],
    },
    // Prevent & hate crime workstream
    {
      as: 'cPrevent',
      priority: 'cVulnerable',
      title: 'Produce and monitor the corporate Prevent action plan (Section 29, Counter-Terrorism and Security Act 2015)',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Prevent and Hate)',
      milestones: [
        { as: 'cPreventM1', title: 'Corporate Prevent action plan approved', due: '2017/18 Q1',
          reached: ['2017-06-27', '2017-06-28 15:00', 'Approved by the corporate management team'] },
        { as: 'cPreventM2', title: 'Staff Prevent awareness training launched (Home Office standards)', due: '2017/18 Q2',
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
        { as: 'cHateWorkM1', title: 'LLR Hate Crime Awareness Week campaign', due: '2017/18 Q3',
          reached: ['2017-10-21', '2017-10-23 10:00', 'Campaign evaluation to the Hate Delivery Group'] },
      ],
      updates: [
        ['Q1', '2017-07-13 11:00', 'AMBER', 15, 'Hate Delivery Group membership being refreshed after the rise in reports this spring.'],
        ['Q2', '2017-10-12 11:00', 'GREEN', 40, 'Group re-established; awareness week plans agreed with district CSPs.'],
        ['Q3', '2018-01-11 11:00', 'GREEN', 70, 'Awareness week delivered across LLR; third-party reporting promoted.'],
        ['Q4', '2018-04-12 11:00', 'GREEN', 85, 'Reporting trends reviewed with Leicestershire Police; 2018/19 plan drafted.'],
      ],
    },
    // Domestic abuse & vulnerability workstream
    {
      as: 'cDaNeeds',
      priority: 'cDomesticAbuse',
      title: 'Co-ordinate the county domestic abuse needs assessment and assist LLR commissioning',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Domestic Abuse)',
      milestones: [
        { as: 'cDaNeedsM1', title: 'County domestic abuse needs assessment published', due: '2017/18 Q2',
          reached: ['2017-10-12', '2017-10-13 12:00', 'Needs assessment presented to the SOG'] }, // late
        { as: 'cDaNeedsM2', title: 'LLR domestic abuse service specification agreed', due: '2017/18 Q4',
          reached: ['2018-03-14', '2018-03-15 10:00', 'Specification signed off by LLR commissioners'] },
      ],
      updates: [
        ['Q1', '2017-07-13 11:30', 'GREEN', 20, 'Data requests issued to police, health and commissioned services.'],
        ['Q2', '2017-10-12 11:30', 'AMBER', 40, 'Health data arrived late; publication moved into October.'],
        ['Q3', '2018-01-11 11:30', 'GREEN', 65, 'Needs assessment published; commissioning options with LLR partners.'],
        ['Q4', '2018-04-12 11:30', 'GREEN', 90, 'Service specification agreed; procurement timetable set for 2018/19.'],
      ],
    },
    {
      as: 'cDaStrategy',
      priority: 'cDomesticAbuse',
      title: 'Develop the county domestic abuse strategy, operational practice and DA training',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Officer (Domestic Abuse)',
      milestones: [
        { as: 'cDaStrategyM1', title: 'DA training delivered internally and to partners', due: '2017/18 Q4',
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
        { as: 'cVulnerabilityLinkM1', title: 'Child exploitation briefing given to every district CSP', due: '2017/18 Q3',
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
        { as: 'cHorizonM1', title: 'Emerging threats report to the LSCSB', due: '2017/18 Q2',
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
        { as: 'cInfoSharingM1', title: 'Locality information-sharing meetings running in each district', due: '2017/18 Q3',
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
        { as: 'cSogSupportM1', title: 'County community safety performance dashboard refreshed', due: '2017/18 Q1',
          reached: ['2017-06-29', '2017-06-30 10:00', 'Dashboard published to board members'] },
        // Due next year: still PENDING when the demo ends. [LCC-CSS: priorities agreed by LSCSB during 2018]
        { as: 'cSogSupportM2', title: 'County-wide priorities reviewed and agreed by the LSCSB for the Community Safety Agreement', due: '2018/19 Q2' },
      ],
      updates: [
        ['Q1', '2017-07-14 09:00', 'GREEN', 25, 'SOG and board agendas set for the year; dashboard refreshed.'],
        ['Q2', '2017-10-13 09:00', 'GREEN', 50, 'September board held; district CSP quarterly returns collated.'],
        ['Q3', '2018-01-12 09:00', 'GREEN', 75, 'December SOG held; missing district returns chased.'],
        ['Q4', '2018-04-13 09:00', 'GREEN', 90, 'Year-end returns collated; CSA priority review started for 2018.'],
      ],
    },
    {
      as: 'cSubstanceData',
      priority: 'cSubstance',
      title: 'Provide county data on alcohol and substance-related crime to support district priority setting',
      leadAgency: 'Leicestershire County Council',
      leadOfficer: 'Community Safety Coordinator',
      milestones: [
        { as: 'cSubstanceDataM1', title: 'Substance misuse section supplied for district strategic assessments', due: '2017/18 Q4',
          reached: ['2018-02-28', '2018-03-01 10:00', 'Data packs sent to all district CSP coordinators'] },
      ],
    },
  ],
};
