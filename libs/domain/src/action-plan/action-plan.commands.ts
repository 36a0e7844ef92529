import type { DomainCommand } from '../shared/event';
import type { PartnershipKind } from '../partnership/partnership.events';

/** Facts about another aggregate that a command needs; the handler loads them, decide checks them. */
export type PartnershipFacts = { partnershipId: string; kind: PartnershipKind; exists: boolean };

export type CreateActionPlan = DomainCommand<
  'CreateActionPlan',
  { planId: string; partnership: PartnershipFacts; financialYear: string; title: string }
>;

export type AddPriority = DomainCommand<
  'AddPriority',
  { planId: string; priorityId: string; title: string; statutory: boolean }
>;

/** Target facts come from the target priority's own plan (loaded by the handler). */
export type AlignPriority = DomainCommand<
  'AlignPriority',
  {
    planId: string;
    priorityId: string;
    target: {
      priorityId: string;
      planId: string;
      partnershipId: string;
      partnershipKind: PartnershipKind;
      financialYear: string;
      exists: boolean; // the target plan holds that priority
    };
  }
>;

export type ActionPlanCommand = CreateActionPlan | AddPriority | AlignPriority;
