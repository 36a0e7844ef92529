import { streams } from '@saferplan/domain/events';
import type { RecordedEvent } from '@saferplan/event-store/event-store.port';
import type { PartnershipView } from '../../views';
import { applyStructureChange } from '../partnership-structure';
import { type On, type Recorded, type Touched, countStreamVersion, untouched } from '../projection';

const STREAM_PREFIX = streams.partnership('');

/** Partnerships by id, and in registration order (the order every list of them follows). */
export interface PartnershipsView {
  readonly byId: Map<string, PartnershipView>;
  /** Registration order; positions only grow, so appending keeps it sorted. */
  readonly inOrder: PartnershipView[];
}

export const initialPartnerships = (): PartnershipsView => ({ byId: new Map(), inOrder: [] });

/**
 * Registrations, structure changes and the stream version. A partnership's planIds are added by
 * the plan projection, which knows when a plan is new.
 */
export function evolvePartnerships(view: PartnershipsView, event: RecordedEvent, touched: Touched = untouched): PartnershipsView {
  const known = event as Recorded;
  switch (known.type) {
    case 'PartnershipRegistered':
      register(view, known, touched);
      break;
    case 'MemberJoined':
    case 'MemberLeft':
    case 'PartnershipRenamed':
    case 'PartnershipMerged': {
      const partnership = view.byId.get(known.data.partnershipId);
      if (partnership) {
        applyStructureChange(partnership, known);
        touched('partnership', partnership.id);
      }
      break;
    }
  }
  countStreamVersion(view.byId, STREAM_PREFIX, 'partnership', event, touched);
  return view;
}

function register(view: PartnershipsView, event: On<'PartnershipRegistered'>, touched: Touched): void {
  const { partnershipId, name, kind } = event.data;
  if (view.byId.has(partnershipId)) return;
  const partnership: PartnershipView = {
    id: partnershipId,
    name,
    kind,
    version: 0,
    planIds: [],
    registeredAt: event.metadata.recordedAt,
    registeredPosition: event.position,
  };
  view.byId.set(partnershipId, partnership);
  view.inOrder.push(partnership);
  touched('partnership', partnershipId);
}
