import { type AccessRule, actionOwner, input, writeOwn } from '../auth/access-policy';

/** Writes to an existing action: an admin anywhere, a coordinator of the action's partnership. */
export const actionWriters = writeOwn((args, live) => [actionOwner(live, input(args).actionId)]);

/**
 * Recording an update: the writers above, and contributors of the action's partnership, whose
 * updates wait for a coordinator's approval when the partnership asks for it (issue 17).
 */
export const actionReporters: AccessRule = { ...actionWriters, ownPartnership: { roles: ['coordinator', 'contributor'], target: actionWriters.ownPartnership!.target } };
