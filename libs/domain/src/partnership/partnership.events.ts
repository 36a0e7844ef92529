import type { DomainEvent } from '../shared/event';

export type PartnershipKind =
  | 'COMMUNITY_SAFETY_PARTNERSHIP'
  | 'COUNTY_STRATEGY_BOARD'
  | 'POLICE_AND_CRIME_COMMISSIONER';

export const PARTNERSHIP_KINDS: readonly PartnershipKind[] = [
  'COMMUNITY_SAFETY_PARTNERSHIP',
  'COUNTY_STRATEGY_BOARD',
  'POLICE_AND_CRIME_COMMISSIONER',
];

export type PartnershipRegistered = DomainEvent<
  'PartnershipRegistered',
  { partnershipId: string; name: string; kind: PartnershipKind }
>;

/**
 * A member agency joined the partnership on a date (e.g. Rutland County Council joining the
 * county board). Responsible authorities are the statutory members under the Crime and Disorder
 * Act 1998; voting says whether it votes at the board.
 */
export type MemberJoined = DomainEvent<
  'MemberJoined',
  { partnershipId: string; agency: string; responsibleAuthority: boolean; voting: boolean; on: string }
>;

export type MemberLeft = DomainEvent<'MemberLeft', { partnershipId: string; agency: string; on: string }>;

export type PartnershipRenamed = DomainEvent<
  'PartnershipRenamed',
  { partnershipId: string; previousName: string; name: string; on: string }
>;

/** Recorded on the stream of the partnership that ceased: from `on` it continues as `intoPartnershipId`. */
export type PartnershipMerged = DomainEvent<
  'PartnershipMerged',
  { partnershipId: string; intoPartnershipId: string; on: string }
>;

export type PartnershipEvent = PartnershipRegistered | MemberJoined | MemberLeft | PartnershipRenamed | PartnershipMerged;
