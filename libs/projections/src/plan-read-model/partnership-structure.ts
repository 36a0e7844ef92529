import type { MemberJoined, MemberLeft, PartnershipMerged, PartnershipRenamed } from '@saferplan/domain/partnership/partnership.events';
import type { PartnershipView } from '../views';

export type StructureEvent = MemberJoined | MemberLeft | PartnershipRenamed | PartnershipMerged;

/**
 * Folds a structure change into a partnership's view. As-of read models replay the same events
 * up to a moment, so names, members and merges "as they were" on any date come from here too.
 */
export function applyStructureChange(partnership: PartnershipView, event: StructureEvent): void {
  const members = partnership.members ?? [];
  switch (event.type) {
    case 'MemberJoined': {
      const { agency, responsibleAuthority, voting, on } = event.data;
      partnership.members = [...members, { agency, responsibleAuthority, voting, joinedOn: on }];
      return;
    }
    case 'MemberLeft':
      partnership.members = members.filter((member) => member.agency !== event.data.agency);
      return;
    case 'PartnershipRenamed':
      partnership.formerNames = [...(partnership.formerNames ?? []), event.data.previousName];
      partnership.name = event.data.name;
      return;
    case 'PartnershipMerged':
      partnership.mergedIntoId = event.data.intoPartnershipId;
      partnership.mergedOn = event.data.on;
      return;
  }
}
