/** The GraphQL the dashboard sends; every read takes the moment being viewed ($asOf). */

const PROGRESS = 'actions completed onTrack atRisk offTrack notStarted milestones milestonesReached milestonesOverdue percentComplete';
const UPDATE = 'quarter rag percentComplete narrative recordedAt recordedBy correctionReason late';

export const TREE = `query Tree($asOf: DateTime) {
  partnerships(asOf: $asOf) {
    id name kind
    plans {
      id financialYear title version
      priorities {
        id title statutory
        alignedTo { id title }
        progress { ${PROGRESS} }
        actions {
          id title leadAgency leadOfficer status percentComplete version
          milestones { id title dueQuarter status reachedOn }
          updates { ${UPDATE} }
        }
      }
    }
  }
}`;

export const COUNTY = `query County($boardId: ID!, $financialYear: String!, $asOf: DateTime) {
  countyProgress(boardId: $boardId, financialYear: $financialYear, asOf: $asOf) {
    priority { id title }
    progress { ${PROGRESS} }
    aligned { partnership { id name } priority { id title } progress { ${PROGRESS} } }
  }
}`;

/** What each action has been given and has spent, for the overview's "spend against allocation" tile. */
export const FUNDING = `query Funding($financialYear: String, $asOf: DateTime) {
  fundingSources(financialYear: $financialYear, asOf: $asOf) {
    id recipientPartnershipId
    allocations { actionId allocated spent }
  }
}`;

export const ACTION = `query Action($id: ID!, $asOf: DateTime) {
  action(id: $id, asOf: $asOf) {
    id title leadAgency leadOfficer status percentComplete fundingSource budget version
    milestones { id title dueQuarter status reachedOn evidence }
    updates { ${UPDATE} }
    priority { id title plan { id financialYear title partnership { id name } } }
  }
}`;

const INDICATOR_VALUES = 'values { quarter value target rag ragWords note correctionReason }';

/** A partnership's indicators (every year unless one is given); a county roll-up brings the districts' it is made of. */
export const INDICATORS = `query Indicators($partnershipId: ID!, $financialYear: String, $asOf: DateTime) {
  indicators(partnershipId: $partnershipId, financialYear: $financialYear, asOf: $asOf) {
    id financialYear name unit polarity baseline source amberTolerancePercent aggregation ragRule
    ${INDICATOR_VALUES}
    districts { id partnershipId name unit ${INDICATOR_VALUES} }
  }
}`;

export const HISTORY = `query History($id: ID!) {
  history(id: $id) { position revision type data recordedAt actor actorName afterSeal }
}`;

/** The returns tracker: partnerships x quarters of a year (issue 17). */
export const RETURNS = `query Returns($financialYear: String!, $asOf: DateTime) {
  returns(financialYear: $financialYear, asOf: $asOf) {
    partnershipId partnershipName noPlan
    quarters { quarter state due received late missing awaitingApproval updateDeadline closed }
  }
}`;

/** Updates waiting for a coordinator's approval. */
export const APPROVAL_QUEUE = `query ApprovalQueue {
  approvalQueue { actionId actionTitle partnershipId partnershipName update { ${UPDATE} status } }
}`;

const INPUT_RESULT = {
  recordQuarterlyUpdate: UPDATE,
  correctQuarterlyUpdate: UPDATE,
  approveQuarterlyUpdate: 'quarter status',
  returnQuarterlyUpdate: 'quarter status returnComment',
  createAction: 'id title',
  scheduleMilestone: 'id title dueQuarter status',
  reachMilestone: 'id title status reachedOn',
  completeAction: 'id status',
  cancelAction: 'id status',
  editAction: 'id title leadAgency leadOfficer',
  registerPartnership: 'id name',
  createActionPlan: 'id title financialYear',
  addPriority: 'id title',
  alignPriority: 'id title',
  renamePartnership: 'id name',
  recordMemberJoined: 'id name',
  recordMemberLeft: 'id name',
  mergePartnerships: 'id name',
  registerFundingSource: 'id name',
  allocateFunding: 'id name',
  recordFundingSpend: 'id name',
} as const;

export const FUNDING_SOURCES = `query FundingSources {
  fundingSources { id name financialYear amount allocated spent funder { id name } recipient { id name } }
}`;

export type MutationName = keyof typeof INPUT_RESULT;

export function mutation(name: MutationName): string {
  const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  return `mutation Write($input: ${inputType}!) { ${name}(input: $input) { ${INPUT_RESULT[name]} } }`;
}

const FINDING = 'sheet row column heading message';

/** The import screen's one call: a dry run first, then the same file written. */
export const IMPORT_ACTION_PLAN = `mutation ImportActionPlan($partnershipId: ID!, $financialYear: String!, $fileName: String!, $contentBase64: String!, $dryRun: Boolean!) {
  importActionPlan(input: { partnershipId: $partnershipId, financialYear: $financialYear, fileName: $fileName, contentBase64: $contentBase64, dryRun: $dryRun }) {
    planId dryRun valid written rows planCreated priorities actions milestones allocations alreadyRecorded
    problems { ${FINDING} }
    warnings { ${FINDING} }
  }
}`;
