import type { ActionEvent } from '../action/action.events';
import type { Decider, DomainCommand } from '../shared/event';
import type { FundedActionFacts } from './funding.commands';

/**
 * Folds an action's stream into the facts an allocation needs (whose plan, which year, still
 * open?). Its own fold because the action decider's state does not keep the partnership. Shaped
 * as a decider that decides nothing, so the API loads it the one way it loads any stream;
 * actionId is left blank for the loader to fill in.
 */
export const fundedActionFacts: Decider<FundedActionFacts, DomainCommand, ActionEvent> = {
  initialState: () => ({ actionId: '', exists: false, partnershipId: '', financialYear: '', status: 'open' }),
  decide: () => [],
  evolve(facts, event) {
    switch (event.type) {
      case 'ActionCreated':
        return { ...facts, exists: true, partnershipId: event.data.partnershipId, financialYear: event.data.financialYear };
      case 'ActionCompleted':
        return { ...facts, status: 'completed' };
      case 'ActionCancelled':
        return { ...facts, status: 'cancelled' };
      default:
        return facts;
    }
  },
};
