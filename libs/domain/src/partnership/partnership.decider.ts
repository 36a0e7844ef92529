import type { Decider } from '../shared/event';
import { ConflictError, InvalidInputError, NotFoundError } from '../shared/errors';
import { parseIsoDate, ukDate } from '../shared/financial-year';
import { requireText, TEXT_LIMITS } from '../shared/text';
import type { PartnershipCommand } from './partnership.commands';
import { PARTNERSHIP_KINDS, type PartnershipEvent, type PartnershipKind } from './partnership.events';

export interface Membership {
  agency: string;
  responsibleAuthority: boolean;
  voting: boolean;
}

export type PartnershipState =
  | { exists: false; partnershipId: null; name: null; kind: null; members: Membership[]; mergedInto: null }
  | { exists: true; partnershipId: string; name: string; kind: PartnershipKind; members: Membership[]; mergedInto: string | null };

type Registered = Extract<PartnershipState, { exists: true }>;

const isPartnershipKind = (value: unknown): value is PartnershipKind =>
  (PARTNERSHIP_KINDS as readonly unknown[]).includes(value);

/** Agencies are matched ignoring case and spacing: "Rutland County Council" is one member. */
const sameAgency = (a: string, b: string) => a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

const flag = (value: unknown, field: string): boolean => {
  if (typeof value !== 'boolean') throw new InvalidInputError(field, `${field} must be true or false`);
  return value;
};

/** The date a structural change took effect: a real date, not in the future. */
function effectiveDate(value: unknown, now: Date): string {
  if (typeof value !== 'string') throw new InvalidInputError('on', 'on must be a date, e.g. 2023-04-01');
  const on = parseIsoDate(value, 'on');
  if (on > ukDate(now)) throw new InvalidInputError('on', 'on cannot be in the future');
  return on;
}

/** Structure changes need a registered partnership that has not been merged away. */
function open(state: PartnershipState, partnershipId: string): Registered {
  if (!state.exists) throw new NotFoundError('Partnership', partnershipId);
  if (state.mergedInto) throw new ConflictError(`Partnership ${partnershipId} was merged into ${state.mergedInto}; change that partnership instead`);
  return state;
}

export const partnershipDecider: Decider<PartnershipState, PartnershipCommand, PartnershipEvent> = {
  initialState: () => ({ exists: false, partnershipId: null, name: null, kind: null, members: [], mergedInto: null }),

  decide(command, state) {
    switch (command.type) {
      case 'RegisterPartnership': {
        const { partnershipId, kind } = command.data;
        const name = requireText(command.data.name, 'name', TEXT_LIMITS.partnershipName);
        if (!isPartnershipKind(kind)) {
          throw new InvalidInputError('kind', `kind must be one of ${PARTNERSHIP_KINDS.join(', ')}`);
        }
        if (state.exists) {
          throw new ConflictError(`Partnership ${partnershipId} is already registered`);
        }
        return [{ type: 'PartnershipRegistered', data: { partnershipId, name, kind } }];
      }
      case 'RecordMemberJoined': {
        const { partnershipId } = command.data;
        const agency = requireText(command.data.agency, 'agency', TEXT_LIMITS.leadAgency);
        const responsibleAuthority = flag(command.data.responsibleAuthority, 'responsibleAuthority');
        const voting = flag(command.data.voting, 'voting');
        const on = effectiveDate(command.data.on, command.metadata.now);
        const partnership = open(state, partnershipId);
        const existing = partnership.members.find((member) => sameAgency(member.agency, agency));
        if (existing) throw new ConflictError(`${existing.agency} is already a member of ${partnership.name}`, 'agency');
        return [{ type: 'MemberJoined', data: { partnershipId, agency, responsibleAuthority, voting, on } }];
      }
      case 'RecordMemberLeft': {
        const { partnershipId } = command.data;
        const agency = requireText(command.data.agency, 'agency', TEXT_LIMITS.leadAgency);
        const on = effectiveDate(command.data.on, command.metadata.now);
        const partnership = open(state, partnershipId);
        const member = partnership.members.find((each) => sameAgency(each.agency, agency));
        if (!member) throw new ConflictError(`${agency} is not a member of ${partnership.name}`, 'agency');
        return [{ type: 'MemberLeft', data: { partnershipId, agency: member.agency, on } }];
      }
      case 'RenamePartnership': {
        const { partnershipId } = command.data;
        const name = requireText(command.data.name, 'name', TEXT_LIMITS.partnershipName);
        const on = effectiveDate(command.data.on, command.metadata.now);
        const partnership = open(state, partnershipId);
        if (partnership.name === name) throw new ConflictError(`Partnership ${partnershipId} is already called ${name}`, 'name');
        return [{ type: 'PartnershipRenamed', data: { partnershipId, previousName: partnership.name, name, on } }];
      }
      case 'MergePartnership': {
        const { partnershipId, intoPartnershipId } = command.data;
        if (partnershipId === intoPartnershipId) {
          throw new InvalidInputError('intoPartnershipId', 'A partnership cannot merge into itself');
        }
        const on = effectiveDate(command.data.on, command.metadata.now);
        open(state, partnershipId);
        return [{ type: 'PartnershipMerged', data: { partnershipId, intoPartnershipId, on } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PartnershipRegistered':
        return { exists: true, ...event.data, members: [], mergedInto: null };
      case 'MemberJoined': {
        if (!state.exists) return state;
        const { agency, responsibleAuthority, voting } = event.data;
        return { ...state, members: [...state.members, { agency, responsibleAuthority, voting }] };
      }
      case 'MemberLeft':
        return state.exists ? { ...state, members: state.members.filter((member) => !sameAgency(member.agency, event.data.agency)) } : state;
      case 'PartnershipRenamed':
        return state.exists ? { ...state, name: event.data.name } : state;
      case 'PartnershipMerged':
        return state.exists ? { ...state, mergedInto: event.data.intoPartnershipId } : state;
      default:
        return state;
    }
  },
};
