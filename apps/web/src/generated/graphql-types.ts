// Generated from schema.graphql and apps/web/src/queries.ts by `npm run schema`: do not edit.

export type ActionStatus = 'AT_RISK' | 'CANCELLED' | 'COMPLETED' | 'NOT_STARTED' | 'OFF_TRACK' | 'ON_TRACK';
export type IndicatorAggregation = 'MEAN' | 'SUM';
export type IndicatorRag = 'AMBER' | 'GREEN' | 'NO_TARGET' | 'RED';
export type MilestoneStatus = 'OVERDUE' | 'PENDING' | 'REACHED';
export type PartnershipKind = 'COMMUNITY_SAFETY_PARTNERSHIP' | 'COUNTY_STRATEGY_BOARD' | 'POLICE_AND_CRIME_COMMISSIONER';
export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type QuarterlyUpdateStatus = 'COUNTED' | 'RETURNED' | 'SUBMITTED';
export type Rag = 'AMBER' | 'GREEN' | 'RED';
export type ReturnState = 'DUE' | 'IN' | 'LATE' | 'MISSING' | 'NOT_DUE_YET' | 'NO_PLAN';
export type UnitKind = 'COUNT' | 'CURRENCY_GBP' | 'DAYS' | 'PERCENT' | 'RATE_PER_1000';

export interface TreeQuery {
  partnerships: Array<{
    id: string;
    name: string;
    kind: PartnershipKind;
    plans: Array<{
      id: string;
      financialYear: string;
      title: string;
      version: number;
      priorities: Array<{
        id: string;
        title: string;
        statutory: boolean;
        alignedTo: Array<{
          id: string;
          title: string;
        }>;
        progress: {
          actions: number;
          completed: number;
          onTrack: number;
          atRisk: number;
          offTrack: number;
          notStarted: number;
          milestones: number;
          milestonesReached: number;
          milestonesOverdue: number;
          percentComplete: number;
        };
        actions: Array<{
          id: string;
          title: string;
          leadAgency: string;
          leadOfficer: string | null;
          status: ActionStatus;
          percentComplete: number;
          version: number;
          milestones: Array<{
            id: string;
            title: string;
            dueQuarter: string;
            status: MilestoneStatus;
            reachedOn: string | null;
          }>;
          updates: Array<{
            quarter: string;
            rag: Rag;
            percentComplete: number;
            narrative: string;
            recordedAt: string;
            recordedBy: string;
            correctionReason: string | null;
            late: boolean;
          }>;
        }>;
      }>;
    }>;
  }>;
}

export type TreeQueryVariables = {
  asOf?: string | null;
};

export interface CountyQuery {
  countyProgress: Array<{
    priority: {
      id: string;
      title: string;
    };
    progress: {
      actions: number;
      completed: number;
      onTrack: number;
      atRisk: number;
      offTrack: number;
      notStarted: number;
      milestones: number;
      milestonesReached: number;
      milestonesOverdue: number;
      percentComplete: number;
    };
    aligned: Array<{
      partnership: {
        id: string;
        name: string;
      };
      priority: {
        id: string;
        title: string;
      };
      progress: {
        actions: number;
        completed: number;
        onTrack: number;
        atRisk: number;
        offTrack: number;
        notStarted: number;
        milestones: number;
        milestonesReached: number;
        milestonesOverdue: number;
        percentComplete: number;
      };
    }>;
  }>;
}

export type CountyQueryVariables = {
  boardId: string;
  financialYear: string;
  asOf?: string | null;
};

export interface FundingQuery {
  fundingSources: Array<{
    id: string;
    recipientPartnershipId: string;
    allocations: Array<{
      actionId: string;
      allocated: number;
      spent: number;
    }>;
  }>;
}

export type FundingQueryVariables = {
  financialYear?: string | null;
  asOf?: string | null;
};

export interface ActionQuery {
  action: {
    id: string;
    title: string;
    leadAgency: string;
    leadOfficer: string | null;
    status: ActionStatus;
    percentComplete: number;
    fundingSource: string | null;
    budget: number | null;
    version: number;
    milestones: Array<{
      id: string;
      title: string;
      dueQuarter: string;
      status: MilestoneStatus;
      reachedOn: string | null;
      evidence: string | null;
    }>;
    updates: Array<{
      quarter: string;
      rag: Rag;
      percentComplete: number;
      narrative: string;
      recordedAt: string;
      recordedBy: string;
      correctionReason: string | null;
      late: boolean;
    }>;
    priority: {
      id: string;
      title: string;
      plan: {
        id: string;
        financialYear: string;
        title: string;
        partnership: {
          id: string;
          name: string;
        };
      };
    };
  } | null;
}

export type ActionQueryVariables = {
  id: string;
  asOf?: string | null;
};

export interface HistoryQuery {
  history: Array<{
    position: string;
    revision: number;
    type: string;
    data: string;
    recordedAt: string;
    actor: string | null;
    actorName: string | null;
    afterSeal: boolean;
  }>;
}

export type HistoryQueryVariables = {
  id: string;
};

export interface IndicatorsQuery {
  indicators: Array<{
    id: string;
    financialYear: string;
    name: string;
    unit: UnitKind;
    polarity: Polarity;
    baseline: number | null;
    source: string | null;
    amberTolerancePercent: number;
    aggregation: IndicatorAggregation | null;
    ragRule: string;
    values: Array<{
      quarter: string;
      value: number | null;
      target: number | null;
      rag: IndicatorRag | null;
      ragWords: string | null;
      note: string | null;
      correctionReason: string | null;
    }>;
    districts: Array<{
      id: string;
      partnershipId: string;
      name: string;
      unit: UnitKind;
      values: Array<{
        quarter: string;
        value: number | null;
        target: number | null;
        rag: IndicatorRag | null;
        ragWords: string | null;
        note: string | null;
        correctionReason: string | null;
      }>;
    }>;
  }>;
}

export type IndicatorsQueryVariables = {
  partnershipId: string;
  financialYear?: string | null;
  asOf?: string | null;
};

export interface ImportActionPlanMutation {
  importActionPlan: {
    planId: string;
    dryRun: boolean;
    valid: boolean;
    written: boolean;
    rows: number;
    planCreated: boolean;
    priorities: number;
    actions: number;
    milestones: number;
    allocations: number;
    alreadyRecorded: number;
    problems: Array<{
      sheet: string;
      row: number;
      column: string | null;
      heading: string | null;
      message: string;
    }>;
    warnings: Array<{
      sheet: string;
      row: number;
      column: string | null;
      heading: string | null;
      message: string;
    }>;
  };
}

export type ImportActionPlanMutationVariables = {
  partnershipId: string;
  financialYear: string;
  fileName: string;
  contentBase64: string;
  dryRun: boolean;
};

export interface FundingSourcesQuery {
  fundingSources: Array<{
    id: string;
    name: string;
    financialYear: string;
    amount: number;
    allocated: number;
    spent: number;
    funder: {
      id: string;
      name: string;
    };
    recipient: {
      id: string;
      name: string;
    };
  }>;
}

export type FundingSourcesQueryVariables = {

};

export interface ReturnsQuery {
  returns: Array<{
    partnershipId: string;
    partnershipName: string;
    noPlan: boolean;
    quarters: Array<{
      quarter: string;
      state: ReturnState;
      due: number;
      received: number;
      late: number;
      missing: number;
      awaitingApproval: number;
      updateDeadline: string;
      closed: boolean;
    }>;
  }>;
}

export type ReturnsQueryVariables = {
  financialYear: string;
  asOf?: string | null;
};

export interface ApprovalQueueQuery {
  approvalQueue: Array<{
    actionId: string;
    actionTitle: string;
    partnershipId: string;
    partnershipName: string;
    update: {
      quarter: string;
      rag: Rag;
      percentComplete: number;
      narrative: string;
      recordedAt: string;
      recordedBy: string;
      correctionReason: string | null;
      late: boolean;
      status: QuarterlyUpdateStatus;
    };
  }>;
}

export type ApprovalQueueQueryVariables = {

};
