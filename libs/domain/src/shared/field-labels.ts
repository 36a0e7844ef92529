/**
 * The words a person sees for each input field, the one table the API's messages and the
 * dashboard's labels both read, so "leadAgency is required" reaches a reader as
 * "Lead agency is required" beside the field labelled Lead agency.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  absorbedPartnershipId: 'Partnership that ends',
  actionId: 'Action',
  agency: 'Agency',
  alignedToPriorityId: 'County or PCC priority',
  allocationId: 'Allocation',
  amount: 'Amount',
  budget: 'Budget',
  cancelledReason: 'Reason for cancelling',
  commandId: 'Request id',
  dueQuarter: 'Due in quarter',
  effectiveFrom: 'Takes effect on',
  evidence: 'Evidence',
  expectedVersion: 'Version',
  financialYear: 'Financial year',
  funderPartnershipId: 'Funder',
  fundingSource: 'Funding source',
  fundingSourceId: 'Funding source',
  intoPartnershipId: 'Partnership it joins',
  kind: 'Kind of partnership',
  leadAgency: 'Lead agency',
  leadOfficer: 'Lead officer',
  milestoneId: 'Milestone',
  name: 'Name',
  narrative: 'Narrative',
  on: 'Takes effect on',
  partnershipId: 'Partnership',
  percentComplete: '% complete',
  planId: 'Action plan',
  priorityId: 'Priority',
  quarter: 'Quarter',
  rag: 'RAG status',
  reachedOn: 'Reached on',
  reason: 'Reason',
  recipientPartnershipId: 'Recipient',
  responsibleAuthority: 'Responsible authority',
  spentOn: 'Spent on',
  statutory: 'Statutory',
  title: 'Title',
  voting: 'Voting member',
};

/** The label for a field, or the field name split into words when it has no entry. */
export function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  const known = FIELD_LABELS[last];
  if (known) return known;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A message that starts with its field's code name ("percentComplete must be ...") told in
 * the field's words instead ("% complete must be ..."); other messages are left as written.
 */
export function messageInWords(message: string, field: string | undefined): string {
  if (!field) return message;
  const names = [field, field.split('.').pop() ?? field];
  for (const name of names) {
    if (message.startsWith(name) && !/\w/.test(message.charAt(name.length))) {
      return `${fieldLabel(field)}${message.slice(name.length)}`;
    }
  }
  return message;
}
