import type { PlanSpec } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 5. Safer Leicester Partnership [SLP 4.3]: the five 2017/18 priorities; actions from the work
//    programme [SLP 4.6-4.7]; funding from the PCC's Partnership Locality Fund, £239k for 2017/8
//    [SLP 4.4] (the split across actions is illustrative and adds up to £239,000).
// ---------------------------------------------------------------------------------------------

export const leicesterPlan: PlanSpec = {
  as: 'leicesterPlan',
  partnership: 'leicester',
  title: 'Safer Leicester Partnership Plan 2017-18',
  actor: 'Safer Leicester Partnership coordinator',
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
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 15000,
      milestones: [
        { as: 'lPspoNpsM1', title: 'Public consultation completed', due: '2017/18 Q2',
          reached: ['2017-09-29', '2017-10-02 10:00', 'Consultation report'] },
        { as: 'lPspoNpsM2', title: 'PSPO in force', due: '2017/18 Q3',
          reached: ['2017-12-04', '2017-12-05 10:00', 'Order made and signage installed'] },
      ],
      updates: [
        ['Q1', '2017-07-17 10:00', 'GREEN', 20, 'Consultation launched on street drinking and NPS use.'],
        ['Q2', '2017-10-16 10:00', 'GREEN', 45, 'Consultation closed; feedback being analysed.'],
        ['Q3', '2018-01-15 10:00', 'GREEN', 80, 'PSPO introduced in December alongside support for street drinkers.'],
        ['Q4', '2018-04-16 10:00', 'GREEN', 90, 'Enforcement and support offers monitored through the delivery group.'],
      ],
    },
    {
      as: 'lBeggingPspo',
      priority: 'lCrimeAsb',
      title: 'Consult on and consider a Public Spaces Protection Order for begging',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Manager',
      milestones: [
        { as: 'lBeggingPspoM1', title: 'Begging consultation completed and results analysed', due: '2017/18 Q3',
          reached: ['2017-11-30', '2017-12-01 10:00', 'Consultation analysis'] },
      ],
      updates: [
        ['Q1', '2017-07-17 10:20', 'GREEN', 10, 'Evidence on begging hotspots gathered with the police.'],
        ['Q2', '2017-10-16 10:20', 'GREEN', 30, 'Consultation on begging open.'],
        ['Q3', '2018-01-15 10:20', 'AMBER', 50, 'Consultation analysed; decision pending through the Council.'],
      ],
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
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 40000,
      milestones: [
        { as: 'lStreetLifestyleM1', title: 'Multi-agency list of people with entrenched street lifestyles agreed', due: '2017/18 Q2',
          reached: ['2017-09-21', '2017-09-22 10:00', 'Case list agreed at the delivery group'] },
        { as: 'lStreetLifestyleM2', title: 'Support and proportionate enforcement protocol agreed', due: '2017/18 Q3',
          reached: ['2018-01-18', '2018-01-19 10:00', 'Signed protocol'] }, // late
      ],
      updates: [
        ['Q1', '2017-07-17 10:40', 'AMBER', 10, 'Partners still agreeing information sharing for the cohort.'],
        ['Q2', '2017-10-16 10:40', 'AMBER', 30, 'Cohort agreed; housing offers limited.'],
        ['Q3', '2018-01-15 10:40', 'AMBER', 50, 'Protocol sign-off slipped into January.'],
        ['Q4', '2018-04-16 10:40', 'GREEN', 70, 'Protocol in use; now also covers begging.'],
      ],
    },
    {
      as: 'lCelebrateSafely',
      priority: 'lCrimeAsb',
      title: 'Celebrate Safely campaign: crime prevention messages for Diwali, Christmas and other celebrations',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Communications Officer',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 8000,
      milestones: [
        { as: 'lCelebrateSafelyM1', title: 'Diwali campaign launched', due: '2017/18 Q3',
          reached: ['2017-10-16', '2017-10-17 10:00', 'Campaign launch press release'] },
        { as: 'lCelebrateSafelyM2', title: 'Christmas and New Year campaign launched', due: '2017/18 Q3',
          reached: ['2017-12-11', '2017-12-12 10:00', 'Campaign materials'] },
      ],
      updates: [
        ['Q1', '2017-07-18 10:00', 'GREEN', 10, 'Campaign calendar agreed with partners.'],
        ['Q2', '2017-10-17 10:00', 'GREEN', 30, 'Diwali materials produced with community groups.'],
        // LATE: Q3 recorded at the end of February.
        ['Q3', '2018-02-26 15:00', 'GREEN', 85, 'Diwali and Christmas campaigns delivered (update recorded late).'],
        ['Q4', '2018-04-17 10:00', 'GREEN', 95, 'Campaign evaluated; Vaisakhi messages issued.'],
      ],
    },
    // Prevent
    {
      as: 'lPreventTraining',
      priority: 'lPrevent',
      title: 'Prevent awareness training (WRAP) for frontline staff and partners',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Prevent Coordinator',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 12000,
      milestones: [
        { as: 'lPreventTrainingM1', title: 'Training delivered to schools and council frontline teams', due: '2017/18 Q4',
          reached: ['2018-03-22', '2018-03-23 10:00', 'Training records'] },
      ],
      updates: [
        ['Q1', '2017-07-18 10:20', 'GREEN', 20, 'Training programme for the year published.'],
        ['Q2', '2017-10-17 10:20', 'GREEN', 45, 'Sessions delivered to schools and housing staff.'],
        ['Q3', '2018-01-16 10:00', 'GREEN', 70, 'Sessions delivered to licensing and social care teams.'],
        ['Q4', '2018-04-17 10:20', 'GREEN', 95, 'Programme delivered.'],
      ],
    },
    {
      as: 'lChannel',
      priority: 'lPrevent',
      title: 'Channel panel: multi-agency support for people referred as vulnerable to radicalisation',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Channel Panel Chair',
      milestones: [
        { as: 'lChannelM1', title: 'Channel panel terms of reference reviewed', due: '2017/18 Q2',
          reached: ['2017-08-17', '2017-08-18 10:00', 'Revised terms of reference'] },
      ],
      updates: [
        ['Q1', '2017-07-18 10:40', 'GREEN', 25, 'Panel meeting monthly.'],
        ['Q2', '2017-10-17 10:40', 'GREEN', 50, 'Terms of reference reviewed.'],
        ['Q3', '2018-01-16 10:20', 'GREEN', 75, 'Panel meeting monthly; partners attending.'],
        ['Q4', '2018-04-17 10:40', 'GREEN', 95, 'Annual assurance statement prepared.'],
      ],
    },
    // Domestic & sexual abuse
    {
      as: 'lDsaNeeds',
      priority: 'lDsa',
      title: 'Domestic and sexual abuse strategic needs assessment to inform the D&SA strategy',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'D&SA Commissioning Lead',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 25000,
      milestones: [
        { as: 'lDsaNeedsM1', title: 'Strategic needs assessment completed', due: '2017/18 Q3',
          reached: ['2018-02-15', '2018-02-16 10:00', 'Needs assessment report'] }, // late
        // Left unreached: OVERDUE at year end.
        { as: 'lDsaNeedsM2', title: 'Draft D&SA strategy to the partnership', due: '2017/18 Q4' },
      ],
      updates: [
        ['Q1', '2017-07-19 10:00', 'GREEN', 15, 'Needs assessment scoped; data requests issued.'],
        ['Q2', '2017-10-18 10:00', 'GREEN', 35, 'Survivor consultation under way.'],
        ['Q3', '2018-01-17 10:00', 'AMBER', 55, 'Health data arrived late; assessment now due February.'],
        ['Q4', '2018-04-18 10:00', 'AMBER', 70, 'Assessment complete; draft strategy to the partnership early in 2018/19.'],
      ],
    },
    {
      as: 'lDhr',
      priority: 'lDsa',
      title: 'Domestic Homicide Reviews: complete reviews and share learning',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'DHR Coordinator',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 20000,
      milestones: [
        { as: 'lDhrM1', title: 'Two DHR overview reports completed', due: '2017/18 Q3',
          reached: ['2017-12-14', '2017-12-15 10:00', 'Overview reports submitted to the Home Office'] },
      ],
      updates: [
        ['Q1', '2017-07-19 10:20', 'GREEN', 25, 'Two reviews in progress with independent chairs.'],
        ['Q2', '2017-10-18 10:20', 'GREEN', 50, 'Draft overview reports with the panel.'],
        ['Q3', '2018-01-17 10:20', 'GREEN', 75, 'Both reports submitted.'],
        ['Q4', '2018-04-18 10:20', 'GREEN', 95, 'Learning event held for practitioners.'],
      ],
    },
    {
      as: 'lDsaCampaign',
      priority: 'lDsa',
      title: 'D&SA awareness campaign so that victims and witnesses are better able to report',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Community Safety Communications Officer',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 15000,
      milestones: [
        { as: 'lDsaCampaignM1', title: 'Campaign launched', due: '2017/18 Q3',
          reached: ['2017-11-25', '2017-11-27 10:00', 'Launch materials'] },
      ],
      updates: [
        ['Q1', '2017-07-19 10:40', 'AMBER', 10, 'Agency for campaign design not yet appointed.'],
        ['Q2', '2017-10-18 10:40', 'GREEN', 35, 'Campaign designed with survivors.'],
        ['Q3', '2018-01-17 10:40', 'GREEN', 70, 'Campaign launched in November.'],
        ['Q4', '2018-04-18 10:40', 'GREEN', 90, 'Calls to the helpline up; campaign evaluated.'],
      ],
    },
    {
      as: 'lApv',
      priority: 'lDsa',
      title: 'Adolescent to parent violence project',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Early Help Service Manager',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 22000,
      milestones: [
        { as: 'lApvM1', title: 'Project worker in post and referral route open', due: '2017/18 Q2',
          reached: ['2017-07-24', '2017-07-25 10:00', 'Referral route published'] },
      ],
      updates: [
        ['Q1', '2017-07-20 10:00', 'AMBER', 15, 'Recruitment of project worker took longer than planned.'],
        ['Q2', '2017-10-19 10:00', 'GREEN', 35, 'Project worker in post; first referrals received.'],
        ['Q3', '2018-01-18 10:00', 'GREEN', 60, 'First families engaged.'],
        ['Q4', '2018-04-19 10:00', 'GREEN', 80, 'First cohort of families completed the programme.'],
      ],
    },
    // Re-offending
    {
      as: 'lKnifeCrime',
      priority: 'lReoffending',
      title: 'Knife crime multi-agency group: practical initiatives for those at risk',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Knife Crime Lead, City Policing',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 30000,
      milestones: [
        { as: 'lKnifeCrimeM1', title: 'At-risk cohort identified', due: '2017/18 Q1',
          reached: ['2017-06-20', '2017-06-21 10:00', 'Cohort list held by the group'] },
      ],
      updates: [
        ['Q1', '2017-07-20 10:20', 'GREEN', 20, 'At-risk cohort identified and allocated.'],
        ['Q2', '2017-10-19 10:20', 'GREEN', 40, 'Mentoring and schools sessions started.'],
        ['Q3', '2018-01-18 10:20', 'AMBER', 55, 'Incidents rose in the autumn; group met more often.'],
        ['Q4', '2018-04-19 10:20', 'GREEN', 80, 'Interventions delivered to the cohort.'],
      ],
    },
    {
      as: 'lIom',
      priority: 'lReoffending',
      title: 'Integrated Offender Management for adults and young people who re-offend',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'IOM Detective Inspector',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 30000,
      milestones: [
        { as: 'lIomM1', title: 'Youth to adult transition protocol agreed with the Youth Offending Service', due: '2017/18 Q2',
          reached: ['2017-09-26', '2017-09-27 10:00', 'Signed protocol'] },
      ],
      updates: [
        ['Q1', '2017-07-20 10:40', 'GREEN', 25, 'Cohort refreshed with probation.'],
        ['Q2', '2017-10-19 10:40', 'GREEN', 50, 'Transition protocol agreed.'],
        ['Q3', '2018-01-18 10:40', 'AMBER', 60, 'Housing for released offenders a pressure.'],
        ['Q4', '2018-04-19 10:40', 'GREEN', 80, 'Cohort re-offending rate down on last year.'],
      ],
    },
    // Adult & child sexual exploitation
    {
      as: 'lCseAwareness',
      priority: 'lCse',
      title: 'Sexual exploitation awareness for taxi drivers, hotels and licensed premises',
      leadAgency: 'Leicester City Council',
      leadOfficer: 'Licensing Manager',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 12000,
      milestones: [
        { as: 'lCseAwarenessM1', title: 'CSE awareness made part of taxi driver licensing', due: '2017/18 Q2',
          reached: ['2017-09-12', '2017-09-13 10:00', 'Licensing committee decision'] },
      ],
      updates: [
        ['Q1', '2017-07-21 10:00', 'GREEN', 20, 'Training materials agreed with the police.'],
        ['Q2', '2017-10-20 10:00', 'GREEN', 45, 'Taxi driver training now a licensing condition.'],
        ['Q3', '2018-01-19 10:00', 'GREEN', 70, 'Hotel visits under way.'],
        ['Q4', '2018-04-20 10:00', 'GREEN', 90, 'Hotel and licensed premises visits completed.'],
      ],
    },
    {
      as: 'lCseHub',
      priority: 'lCse',
      title: 'Share intelligence and disrupt perpetrators through the LLR child sexual exploitation, trafficking and missing hub',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'CSE Hub Detective Inspector',
      fundingSource: "PCC's Partnership Locality Fund",
      budget: 10000,
      milestones: [
        { as: 'lCseHubM1', title: 'CSE problem profile for the city refreshed', due: '2017/18 Q3',
          reached: ['2017-12-19', '2017-12-20 10:00', 'Problem profile'] },
      ],
      updates: [
        ['Q1', '2017-07-21 10:20', 'GREEN', 25, 'Hub attendance by city partners agreed.'],
        ['Q2', '2017-10-20 10:20', 'GREEN', 50, 'Disruption plans in place for identified locations.'],
        ['Q3', '2018-01-19 10:20', 'GREEN', 75, 'Problem profile refreshed.'],
        // LATE: Q4 recorded in May.
        ['Q4', '2018-05-24 11:00', 'AMBER', 80, 'Missing episodes rose in March; profile actions carried into 2018/19 (update recorded late).'],
      ],
    },
  ],
};
