import type { Role } from '@saferplan/identity/tokens';

/**
 * The demo's people, one per kind of user, offered for one-click sign-in when no identity
 * provider is configured outside production (issue 16). `partnership` is a demo partnership key
 * (data/partnerships.ts), resolved to its id once the demo is loaded. The same people are
 * recorded as Person events in the demo, so their roles come from SaferPlan itself.
 */
export interface DemoPersona {
  /** Stable subject of the demo session: `demo:<key>`. */
  key: string;
  name: string;
  email: string;
  organisation: string;
  /** What the sign-in page says this person does. */
  description: string;
  roles: ReadonlyArray<{ role: Role | 'contributor'; partnership?: string }>;
}

export const DEMO_PERSONAS: readonly DemoPersona[] = [
  {
    key: 'nwl-coordinator',
    name: 'Sam Patel',
    email: 'sam.patel@nwleics.example',
    organisation: 'North West Leicestershire District Council',
    description: 'Community safety coordinator, Safer North West Partnership',
    roles: [{ role: 'coordinator', partnership: 'nwl' }],
  },
  {
    key: 'sog-chair',
    name: 'Helen Ward',
    email: 'helen.ward@leics.example',
    organisation: 'Leicestershire County Council',
    description: 'Chair of the senior officer group (SOG)',
    roles: [{ role: 'sog' }],
  },
  {
    key: 'auditor',
    name: 'Priya Shah',
    email: 'priya.shah@audit.example',
    organisation: 'Internal audit',
    description: 'Auditor: replays history and checks the audit trail',
    roles: [{ role: 'auditor' }],
  },
  {
    key: 'admin',
    name: 'Alex Morgan',
    email: 'alex.morgan@leics.example',
    organisation: 'Leicestershire County Council',
    description: 'Administrator: people, roles and the structure of partnerships',
    roles: [{ role: 'admin' }],
  },
  {
    key: 'police-lead',
    name: 'Inspector Dan Hughes',
    email: 'dan.hughes@police.example',
    organisation: 'Leicestershire Police',
    description: 'Police lead officer recording updates on the actions he owns (Safer North West Partnership)',
    roles: [{ role: 'contributor', partnership: 'nwl' }],
  },
];
