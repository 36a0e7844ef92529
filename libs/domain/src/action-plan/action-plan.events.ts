import type { DomainEvent } from '../shared/event';
import type { PartnershipKind } from '../partnership/partnership.events';

export type ActionPlanCreated = DomainEvent<
  'ActionPlanCreated',
  {
    planId: string;
    partnershipId: string;
    partnershipKind: PartnershipKind;
    financialYear: string; // "2017/18"
    title: string;
  }
>;

export type PriorityAdded = DomainEvent<
  'PriorityAdded',
  { planId: string; priorityId: string; title: string; statutory: boolean }
>;

/** A district priority aligned to a county (Community Safety Agreement) or PCC priority. */
export type PriorityAligned = DomainEvent<
  'PriorityAligned',
  {
    planId: string;
    priorityId: string;
    alignedToPriorityId: string;
    alignedToPlanId: string;
    alignedToPartnershipId: string;
  }
>;

export type ActionPlanEvent = ActionPlanCreated | PriorityAdded | PriorityAligned;
