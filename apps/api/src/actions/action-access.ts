import { actionOwner, input, text, writeOwn, writeOwnOrOwnedAction } from '../auth/access-policy';

/** Writes to an existing action: an admin anywhere, a coordinator of the action's partnership. */
export const actionWriters = writeOwn((args, live) => [actionOwner(live, input(args).actionId)]);

/** Progress on an action (updates, corrections, milestones): as above, and a contributor who owns it. */
export const actionProgressWriters = writeOwnOrOwnedAction((args) => text(input(args).actionId));
