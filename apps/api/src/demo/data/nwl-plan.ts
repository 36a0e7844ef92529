import type { PlanSpec } from './demo-data.types';

// ---------------------------------------------------------------------------------------------
// 4. Safer North West Partnership [NWL 4.1-4.2, 5.2]: three 2017/18 priorities plus the two
//    statutory themes; headline actions "broken down into tasks or milestones to be achieved each
//    quarter". PCC funding £34,500 for 17/18 and the £2,000 NWLDC ASB budget [NWL 1.5]; lead
//    agencies are partnership members [NWL 1.3]; the team's officers [NWL 1.6]. Action content
//    follows NWL 2.1-2.3 (Download festival, injunctions and closure orders, cyber-enabled crime,
//    hate crime, Coalville police and Turning Point moves).
// ---------------------------------------------------------------------------------------------

export const nwlPlan: PlanSpec = {
  as: 'nwlPlan',
  partnership: 'nwl',
  title: 'Safer North West Partnership Action Plan 2017/18',
  actor: 'Safer North West coordinator',
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
        { as: 'nAsbToolsM1', title: 'ASB case review process agreed with Leicestershire Police', due: '2017/18 Q1',
          reached: ['2017-06-22', '2017-06-23 11:00', 'Process note agreed at the June partnership meeting'] },
        { as: 'nAsbToolsM2', title: 'Injunction and closure order casework reviewed by the partnership', due: '2017/18 Q3',
          reached: ['2017-12-12', '2017-12-13 10:00', 'Case review paper, December partnership meeting'] },
        { as: 'nAsbToolsM3', title: 'Year-end review of tools and powers outcomes', due: '2017/18 Q4',
          reached: ['2018-03-20', '2018-03-21 10:00', 'Outcomes summary in the annual strategic assessment'] },
      ],
      updates: [
        ['Q1', '2017-07-10 10:00', 'GREEN', 25, 'Case review process agreed; two persistent perpetrators opened on Sentinel.'],
        ['Q2', '2017-10-09 10:00', 'GREEN', 50, 'Community protection warnings issued; one injunction application in preparation.'],
        ['Q3', '2018-01-08 10:00', 'GREEN', 75, 'Injunction granted; casework reviewed by the partnership in December.'],
        ['Q4', '2018-04-09 10:00', 'GREEN', 95, 'Year-end review complete; ASB budget fully committed.'],
      ],
    },
    {
      as: 'nCoalvilleJag',
      priority: 'nAsb',
      title: 'Coalville Joint Action Group: problem-solving in ASB hotspots',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Neighbourhood Policing Area Inspector',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 8000,
      milestones: [
        { as: 'nCoalvilleJagM1', title: 'Hotspot profile for Coalville town centre agreed', due: '2017/18 Q1',
          reached: ['2017-06-28', '2017-06-29 10:00', 'JAG hotspot profile v1'] },
        { as: 'nCoalvilleJagM2', title: 'Target-hardening and CCTV review in hotspot locations', due: '2017/18 Q2',
          reached: ['2017-11-15', '2017-11-16 14:00', 'CCTV review report to the JAG'] }, // late
        { as: 'nCoalvilleJagM3', title: 'Hotspot ASB reports compared with the 2016/17 baseline', due: '2017/18 Q4',
          reached: ['2018-03-27', '2018-03-28 10:00', 'Police ASB data extract to year end'] },
      ],
      updates: [
        ['Q1', '2017-07-10 10:20', 'GREEN', 20, 'JAG meeting monthly; hotspot profile agreed.'],
        ['Q2', '2017-10-12 10:20', 'GREEN', 50, 'Patrol plan in place; CCTV review commissioned.'],
        ['Q3', '2018-01-08 10:20', 'AMBER', 60, 'CCTV review completed late; summer rise in reports being worked through.'],
        ['Q4', '2018-04-09 10:20', 'GREEN', 85, 'Hotspot reports down on the baseline in the final quarter.'],
      ],
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
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 6000,
      milestones: [
        { as: 'nYouthDiversionM1', title: 'Summer holiday programme delivered', due: '2017/18 Q2',
          reached: ['2017-08-31', '2017-09-04 09:30', 'Attendance records, summer programme'] },
        { as: 'nYouthDiversionM2', title: 'Winter programme (October half-term to February) delivered', due: '2017/18 Q4',
          reached: ['2018-02-23', '2018-02-26 10:00', 'Attendance records, winter programme'] },
      ],
      updates: [
        // LATE: Q1 not in before the September partnership meeting.
        ['Q1', '2017-09-26 16:00', 'GREEN', 15, 'Venues and coaches booked for the summer programme (update recorded late).'],
        ['Q2', '2017-10-10 11:00', 'GREEN', 55, 'Summer programme delivered at three sites.'],
        ['Q3', '2018-01-09 11:00', 'GREEN', 70, 'Half-term and bonfire-period sessions delivered.'],
        ['Q4', '2018-04-10 11:00', 'GREEN', 95, 'Winter programme complete; evaluation under way.'],
      ],
    },
    // Priority 2: violence
    {
      as: 'nDownload',
      priority: 'nViolence',
      title: 'Download Festival crime reduction operation at Donington Park',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Event Policing Lead',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 5000,
      milestones: [
        { as: 'nDownloadM1', title: 'Multi-agency operational plan signed off', due: '2017/18 Q1',
          reached: ['2017-05-26', '2017-05-30 10:00', 'Safety advisory group sign-off'] },
        { as: 'nDownloadM2', title: 'Festival operation delivered (June 2017)', due: '2017/18 Q1',
          reached: ['2017-06-12', '2017-06-14 09:00', 'Operation log closed'] },
        { as: 'nDownloadM3', title: 'Debrief and crime figures reported to the partnership', due: '2017/18 Q2',
          reached: ['2017-08-10', '2017-08-14 10:00', 'Debrief report, August partnership meeting'] },
      ],
      updates: [
        ['Q1', '2017-07-10 10:40', 'GREEN', 70, 'Operation delivered over the festival weekend; debrief booked.'],
        ['Q2', '2017-10-09 10:40', 'GREEN', 100, 'Debrief reported; festival crime continues to fall.'],
      ],
      completed: '2017-10-16 12:00', // the one completed action
    },
    {
      as: 'nNightTime',
      priority: 'nViolence',
      title: 'Safer night-time economy in Coalville and Ashby de la Zouch: Pubwatch and licensing visits',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Licensing Team Leader',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 3000,
      milestones: [
        { as: 'nNightTimeM1', title: 'Pubwatch schemes relaunched', due: '2017/18 Q2',
          reached: ['2017-09-14', '2017-09-15 10:00', 'Pubwatch relaunch meeting notes'] },
        { as: 'nNightTimeM2', title: 'Christmas safer nights operation', due: '2017/18 Q3',
          reached: ['2017-12-22', '2017-12-27 10:00', 'Joint police and licensing visit log'] },
      ],
      updates: [
        ['Q1', '2017-07-11 10:00', 'AMBER', 10, 'Pubwatch chair vacant in Ashby; relaunch planned for September.'],
        ['Q2', '2017-10-10 10:00', 'GREEN', 45, 'Both Pubwatch schemes relaunched.'],
        ['Q3', '2018-01-09 10:00', 'GREEN', 80, 'Christmas operation delivered with Leicestershire Police.'],
        ['Q4', '2018-04-10 10:00', 'GREEN', 90, 'Licensing visits continuing; no reviews needed this year.'],
      ],
    },
    {
      as: 'nDomesticAbuse',
      priority: 'nViolence',
      title: 'Domestic abuse awareness and referral pathway for vulnerable victims',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Officer (Vulnerable Adults)',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 4000,
      milestones: [
        { as: 'nDomesticAbuseM1', title: 'Domestic abuse awareness sessions for frontline council staff', due: '2017/18 Q2',
          reached: ['2017-09-28', '2017-09-29 10:00', 'Training attendance records'] },
        { as: 'nDomesticAbuseM2', title: 'White Ribbon Day campaign', due: '2017/18 Q3',
          reached: ['2017-11-25', '2017-11-27 10:00', 'Campaign materials and social media reach'] },
      ],
      updates: [
        ['Q1', '2017-07-11 10:20', 'GREEN', 20, 'Referral pathway mapped with housing and the commissioned DA service.'],
        ['Q2', '2017-10-10 10:20', 'GREEN', 45, 'Frontline awareness sessions delivered.'],
        ['Q3', '2018-01-09 10:20', 'GREEN', 75, 'White Ribbon Day campaign delivered; referrals up.'],
        ['Q4', '2018-04-10 10:20', 'GREEN', 90, 'Pathway embedded; refresher sessions planned for 2018/19.'],
      ],
    },
    {
      as: 'nHate',
      priority: 'nViolence',
      title: 'Hate incident awareness and third-party reporting centres',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Officer (Equalities)',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 2500,
      milestones: [
        { as: 'nHateM1', title: 'Third-party reporting centres refreshed', due: '2017/18 Q2',
          reached: ['2017-10-24', '2017-10-25 10:00', 'Updated list of reporting centres'] }, // late
        { as: 'nHateM2', title: 'Hate Crime Awareness Week events', due: '2017/18 Q3',
          reached: ['2017-10-20', '2017-10-23 11:00', 'Event report'] },
      ],
      updates: [
        // LATE: Q1 recorded after the September partnership meeting.
        ['Q1', '2017-09-25 15:00', 'AMBER', 10, 'Officer post part time and vacant in May; work restarted in June (update recorded late).'],
        ['Q2', '2017-10-11 10:00', 'AMBER', 35, 'Reporting centre refresh slipped into October.'],
        ['Q3', '2018-01-10 10:30', 'GREEN', 65, 'Awareness week delivered; reporting centres refreshed.'],
        ['Q4', '2018-04-10 10:40', 'GREEN', 85, 'Reporting centres visited; reports monitored with the police.'],
      ],
    },
    // Priority 3: cybercrime
    {
      as: 'nCyberBusiness',
      priority: 'nCyber',
      title: 'Cybercrime awareness for local businesses',
      leadAgency: 'Leicestershire Police',
      leadOfficer: 'Cyber Protect Officer',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 3000,
      milestones: [
        { as: 'nCyberBusinessM1', title: 'Business cyber security seminar delivered', due: '2017/18 Q3',
          reached: ['2017-11-09', '2017-11-10 10:00', 'Seminar attendance list'] },
        { as: 'nCyberBusinessM2', title: 'Follow-up survey of attending businesses', due: '2017/18 Q4',
          reached: ['2018-03-15', '2018-03-16 10:00', 'Survey results summary'] },
      ],
      updates: [
        ['Q1', '2017-07-11 11:00', 'AMBER', 5, 'Waiting on Cyber Protect officer capacity; seminar pencilled in for November.'],
        ['Q2', '2017-10-11 10:30', 'AMBER', 20, 'Seminar booked with the Chamber of Commerce.'],
        ['Q3', '2018-01-10 11:00', 'GREEN', 60, 'Seminar delivered.'],
        ['Q4', '2018-04-11 09:30', 'GREEN', 90, 'Follow-up survey complete; most businesses report changed practice.'],
      ],
    },
    {
      as: 'nCyberSchools',
      priority: 'nCyber',
      title: 'Online safety and cyberbullying sessions in secondary schools',
      leadAgency: 'North West Leicestershire District Council',
      leadOfficer: 'Community Safety Team Leader',
      fundingSource: "Police and Crime Commissioner's community safety funding",
      budget: 3000,
      milestones: [
        { as: 'nCyberSchoolsM1', title: 'Sessions booked with every secondary school', due: '2017/18 Q1',
          reached: ['2017-07-07', '2017-07-12 10:00', 'Booking schedule'] }, // late
        { as: 'nCyberSchoolsM2', title: 'Sessions delivered in all secondary schools', due: '2017/18 Q3',
          reached: ['2018-01-30', '2018-02-01 10:00', 'Delivery log'] }, // late
        { as: 'nCyberSchoolsM3', title: 'Safer Internet Day activity', due: '2017/18 Q4',
          reached: ['2018-02-06', '2018-02-07 10:00', 'Activity report'] },
      ],
      updates: [
        ['Q1', '2017-07-12 10:30', 'AMBER', 10, 'Bookings completed a week after the quarter closed.'],
        ['Q2', '2017-10-11 11:00', 'GREEN', 30, 'First sessions delivered in September.'],
        ['Q3', '2018-01-10 11:30', 'AMBER', 55, 'Two schools rescheduled their sessions into January.'],
        ['Q4', '2018-04-11 10:00', 'GREEN', 90, 'All schools reached; Safer Internet Day delivered.'],
      ],
    },
    // Statutory theme: substance misuse
    {
      as: 'nTurningPoint',
      priority: 'nSubstance',
      title: 'Promote the Turning Point drug and alcohol service from its Coalville office',
      leadAgency: 'Turning Point',
      leadOfficer: 'Service Manager, Coalville',
      milestones: [
        { as: 'nTurningPointM1', title: 'Referral pathway from partner agencies agreed', due: '2017/18 Q2',
          reached: ['2017-09-07', '2017-09-08 10:00', 'Pathway agreed at the partnership meeting'] },
      ],
      updates: [
        ['Q1', '2017-07-12 11:00', 'GREEN', 25, 'Coalville office open; partner briefings under way.'],
        ['Q2', '2017-10-12 11:00', 'GREEN', 50, 'Referral pathway agreed with partners.'],
        ['Q3', '2018-01-11 10:00', 'GREEN', 70, 'Referrals from police and housing rising.'],
        ['Q4', '2018-04-11 10:30', 'GREEN', 85, 'Pathway in routine use.'],
      ],
    },
    // Statutory theme: re-offending
    {
      as: 'nIom',
      priority: 'nReoffending',
      title: 'Integrated Offender Management of priority offenders living in the district',
      leadAgency: 'National Probation Service',
      leadOfficer: 'IOM Senior Probation Officer',
      milestones: [
        { as: 'nIomM1', title: 'IOM cohort reviewed with partners', due: '2017/18 Q2',
          reached: ['2017-09-19', '2017-09-20 10:00', 'Cohort review minutes'] },
        { as: 'nIomM2', title: 'Year-end re-offending data reported to the partnership', due: '2017/18 Q4',
          reached: ['2018-03-29', '2018-04-03 10:00', 'Re-offending summary'] },
      ],
      updates: [
        ['Q1', '2017-07-12 11:30', 'GREEN', 25, 'Cohort agreed with police and Community Rehabilitation Company.'],
        ['Q2', '2017-10-12 11:30', 'GREEN', 50, 'Cohort review held.'],
        ['Q3', '2018-01-11 10:30', 'RED', 55, 'Cohort reviews paused by staff vacancies.'],
        // LATE: Q4 recorded in May.
        ['Q4', '2018-05-21 14:00', 'AMBER', 75, 'Reviews resumed in February; year-end data reported (update recorded late).'],
      ],
    },
  ],
};
