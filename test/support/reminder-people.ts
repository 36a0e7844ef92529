import type { ApiHarness } from './api-harness';

/** People for reminder specs: invite, make a coordinator of a partnership, own an action. */
export function reminderPeople(api: ApiHarness) {
  return {
    invite: async (name: string, email: string, organisation = 'NWLDC') =>
      (await api.ok(`mutation($i: InvitePersonInput!) { invitePerson(input: $i) { id } }`, { i: { name, email, organisation } })).invitePerson.id as string,
    makeCoordinator: (personId: string, partnershipId: string) =>
      api.ok(`mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`, { i: { personId, role: 'coordinator', partnershipId } }),
    assignOwner: (actionId: string, personId: string) =>
      api.ok(`mutation($i: AssignActionOwnerInput!) { assignActionOwner(input: $i) { id } }`, { i: { actionId, personId } }),
  };
}
