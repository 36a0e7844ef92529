/** The GraphQL of the people, my-actions and no-role pages (issue 16). */

export const ME = `query Me {
  me { id sub name email roles { role partnershipId } partnerships contributes administrators { name email } }
}`;

export const PEOPLE = `query People($asOf: DateTime) {
  people(asOf: $asOf) { id name email organisation roles { role partnershipId grantedAt } }
  partnerships { id name }
}`;

export const MY_ACTIONS = `query MyActions($asOf: DateTime) {
  myActions(asOf: $asOf) {
    owned coordinated quarter late
    action { id title leadAgency status version }
    updateDue { quarter dueBy }
    lateUpdates { quarter dueBy }
    milestonesDue { id title dueQuarter }
    lateMilestones { id title dueQuarter }
  }
}`;

export const ACTION_OWNER = `query ActionOwner($id: ID!, $asOf: DateTime) {
  action(id: $id, asOf: $asOf) { owner { id name organisation } }
}`;

const PERSON = 'id name email organisation roles { role partnershipId grantedAt }';

/** Each people mutation and what it answers with. */
export const PEOPLE_MUTATIONS = {
  invitePerson: `mutation Invite($input: InvitePersonInput!) { invitePerson(input: $input) { ${PERSON} } }`,
  grantRole: `mutation Grant($input: GrantRoleInput!) { grantRole(input: $input) { ${PERSON} } }`,
  revokeRole: `mutation Revoke($input: RevokeRoleInput!) { revokeRole(input: $input) { ${PERSON} } }`,
  assignActionOwner: `mutation AssignOwner($input: AssignActionOwnerInput!) { assignActionOwner(input: $input) { id owner { id name } } }`,
  recordQuarterlyUpdate: `mutation RecordUpdate($input: RecordQuarterlyUpdateInput!) { recordQuarterlyUpdate(input: $input) { quarter } }`,
} as const;
