import type { PartnershipEvent } from './partnership/partnership.events';
import type { ActionPlanEvent } from './action-plan/action-plan.events';
import type { ActionEvent } from './action/action.events';
import type { FundingEvent } from './funding/funding.events';
import type { QuarterSealEvent } from './audit/quarter-seal.events';
import type { IndicatorEvent } from './indicator/indicator.events';
import type { PersonEvent } from './person/person.events';
import type { ReportingCalendarEvent, UpdateApprovalEvent } from './reporting-calendar/reporting-calendar.events';

export type SaferPlanEvent = PartnershipEvent | ActionPlanEvent | ActionEvent | FundingEvent | QuarterSealEvent | IndicatorEvent | ReportingCalendarEvent | UpdateApprovalEvent | PersonEvent;
export type SaferPlanEventType = SaferPlanEvent['type'];

/**
 * Current schema version of each stored event type. Bump one only together with an upcaster
 * that lifts older stored versions to the new shape.
 */
export const EVENT_SCHEMA_VERSIONS: Record<SaferPlanEventType, number> = {
  PartnershipRegistered: 1,
  MemberJoined: 1,
  MemberLeft: 1,
  PartnershipRenamed: 1,
  PartnershipMerged: 1,
  ActionPlanCreated: 1,
  PriorityAdded: 1,
  PriorityAligned: 1,
  ActionCreated: 1,
  MilestoneScheduled: 1,
  MilestoneReached: 1,
  QuarterlyUpdateRecorded: 1,
  QuarterlyUpdateCorrected: 1,
  ActionEdited: 1,
  ActionCompleted: 1,
  ActionCancelled: 1,
  FundingSourceRegistered: 1,
  FundingAllocated: 1,
  FundingSpendRecorded: 1,
  QuarterSealed: 1,
  IndicatorDefined: 1,
  IndicatorTargetSet: 1,
  IndicatorValueRecorded: 1,
  IndicatorValueCorrected: 1,
  ReportingCalendarSet: 1,
  ReportingQuarterClosed: 1,
  UpdateApprovalRequirementSet: 1,
  QuarterlyUpdateApproved: 1,
  QuarterlyUpdateReturned: 1,
  ActionOwnerAssigned: 1,
  PersonInvited: 1,
  RoleGranted: 1,
  RoleRevoked: 1,
  SignInLinked: 1,
};

export const isSaferPlanEventType = (type: string): type is SaferPlanEventType =>
  Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);

/** Stream names: one stream per aggregate instance, category prefix then id. */
export const streams = {
  partnership: (partnershipId: string) => `partnership-${partnershipId}`,
  actionPlan: (planId: string) => `actionplan-${planId}`,
  action: (actionId: string) => `action-${actionId}`,
  fundingSource: (fundingSourceId: string) => `fundingsource-${fundingSourceId}`,
  indicator: (indicatorId: string) => `indicator-${indicatorId}`,
  person: (personId: string) => `person-${personId}`,
  /** One per sealed quarter, e.g. seal-2017-18-Q1. */
  quarterSeal: (quarter: string) => `seal-${quarter.replace('/', '-').replace(' ', '-')}`,
  /** One per partnership and financial year, e.g. reportingcalendar-nwl-2017-18. */
  reportingCalendar: (partnershipId: string, financialYear: string) => `reportingcalendar-${partnershipId}-${financialYear.replace('/', '-')}`,
  updateApproval: (partnershipId: string) => `updateapproval-${partnershipId}`,
} as const;
