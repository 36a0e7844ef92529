/**
 * Safer North West Partnership, 2017/18: the three priorities and two statutory themes of North
 * West Leicestershire's Community Safety Strategy 2017-2020 (Council, 27 June 2017, section 4). Headline actions follow the paper's themes; milestones, officers' role
 * titles and the split of the PCC's 34,500 GBP across actions are illustrative.
 */
const ASB = 'Increasing community confidence by effectively addressing Anti-social behaviour and its causes';
const VIOLENCE = 'Protecting those that live work and visit the district from the effects of violence';
const CYBER = 'Support for business, schools and residents to reduce the risk of Cybercrime';
const SUBSTANCE = 'To tackle substance misuse';
const REOFFENDING = 'To reduce re-offending';
const PLF = "PCC's Partnership Locality Fund";

export const NWL_2017_18_EXAMPLE = [
  {
    priority: ASB, statutory: 'No',
    action: 'Coalville Joint Action Group: problem-solving in ASB hotspots',
    leadAgency: 'Leicestershire Police', leadOfficer: 'Neighbourhood Policing Area Inspector',
    milestones: 'Hotspot profile for Coalville town centre agreed|2017/18 Q1; Target-hardening and CCTV review in hotspot locations|2017/18 Q2; Hotspot ASB reports compared with the 2016/17 baseline|2017/18 Q4',
    fundingSource: PLF, budget: 8000,
  },
  {
    priority: ASB, statutory: 'No',
    action: 'Use ASB tools and powers against persistent perpetrators',
    leadAgency: 'North West Leicestershire District Council', leadOfficer: 'Community Safety Officer (Anti-Social Behaviour)',
    milestones: 'ASB case review process agreed with Leicestershire Police|2017/18 Q1; Year-end review of tools and powers outcomes|2017/18 Q4',
    fundingSource: 'NWLDC ASB budget', budget: 2000,
  },
  {
    priority: ASB, statutory: 'No',
    action: 'Diversionary activities for young people in ASB hotspots',
    leadAgency: 'Leicestershire Fire and Rescue Service', leadOfficer: 'Station Manager, Coalville',
    milestones: 'Summer programme delivered|2017/18 Q2',
    fundingSource: PLF, budget: 6000,
  },
  {
    priority: VIOLENCE, statutory: 'No',
    action: 'Download Festival crime reduction operation at Donington Park',
    leadAgency: 'Leicestershire Police', leadOfficer: 'Event Policing Lead',
    milestones: 'Operation plan agreed with the festival organisers|2017/18 Q1',
    fundingSource: PLF, budget: 5000,
  },
  {
    priority: VIOLENCE, statutory: 'No',
    action: 'Domestic abuse awareness and referral pathway for vulnerable victims',
    leadAgency: 'North West Leicestershire District Council', leadOfficer: 'Community Safety Officer (Vulnerable Adults)',
    milestones: 'Frontline staff trained in referral pathway|2017/18 Q2; White Ribbon campaign|2017/18 Q3',
    fundingSource: PLF, budget: 4000,
  },
  {
    priority: CYBER, statutory: 'No',
    action: 'Cybercrime awareness for local businesses and schools',
    leadAgency: 'Leicestershire Police', leadOfficer: 'Cyber Protect Officer',
    milestones: 'Business seminars held|2017/18 Q3; Schools e-safety sessions delivered|2017/18 Q4',
    fundingSource: PLF, budget: 3000,
  },
  {
    priority: SUBSTANCE, statutory: 'Yes',
    action: 'Promote treatment services and test purchase operations on alcohol sales to under-18s',
    leadAgency: 'Leicestershire County Council', leadOfficer: 'Substance Misuse Commissioning Officer',
    milestones: 'Test purchase operations completed|2017/18 Q3',
    fundingSource: '', budget: '',
  },
  {
    priority: REOFFENDING, statutory: 'Yes',
    action: 'Integrated offender management: local cohort reviewed with probation',
    leadAgency: 'National Probation Service', leadOfficer: 'IOM Senior Probation Officer',
    milestones: 'Local IOM cohort agreed|2017/18 Q1; Cohort reoffending reviewed|2017/18 Q4',
    fundingSource: PLF, budget: 4500,
  },
];
