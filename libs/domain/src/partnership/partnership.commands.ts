import type { DomainCommand } from '../shared/event';
import type { PartnershipKind } from './partnership.events';

export type RegisterPartnership = DomainCommand<
  'RegisterPartnership',
  { partnershipId: string; name: string; kind: PartnershipKind }
>;

export type RecordMemberJoined = DomainCommand<
  'RecordMemberJoined',
  { partnershipId: string; agency: string; responsibleAuthority: boolean; voting: boolean; on: string }
>;

export type RecordMemberLeft = DomainCommand<'RecordMemberLeft', { partnershipId: string; agency: string; on: string }>;

export type RenamePartnership = DomainCommand<'RenamePartnership', { partnershipId: string; name: string; on: string }>;

/** The handler has checked that the surviving partnership exists (it is another aggregate). */
export type MergePartnership = DomainCommand<
  'MergePartnership',
  { partnershipId: string; intoPartnershipId: string; on: string }
>;

export type PartnershipCommand = RegisterPartnership | RecordMemberJoined | RecordMemberLeft | RenamePartnership | MergePartnership;
