import type { Action } from '../model';

/**
 * Who answers for an action. Until actions have a named owner (Action.owner, being added with
 * people and roles) the lead officer stands in; this is the one place to change when it lands.
 */
export function ownerOf(action: Pick<Action, 'leadOfficer'>): string | null {
  return action.leadOfficer?.trim() || null;
}
