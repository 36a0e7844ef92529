import type { Decider } from '../shared/event';
import { NotFoundError } from '../shared/errors';
import type { RequireUpdateApproval } from './reporting-calendar.commands';
import type { UpdateApprovalEvent } from './reporting-calendar.events';

export interface UpdateApprovalState {
  required: boolean;
}

/** One stream per partnership (streams.updateApproval); off until a coordinator turns it on. */
export const updateApprovalDecider: Decider<UpdateApprovalState, RequireUpdateApproval, UpdateApprovalEvent> = {
  initialState: () => ({ required: false }),

  decide(command) {
    const { partnershipId, partnershipExists, on } = command.data;
    if (!partnershipExists) throw new NotFoundError('Partnership', partnershipId);
    return [{ type: 'UpdateApprovalRequirementSet', data: { partnershipId, on } }];
  },

  evolve(state, event) {
    return event.type === 'UpdateApprovalRequirementSet' ? { required: event.data.on } : state;
  },
};
