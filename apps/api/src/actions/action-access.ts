import { actionOwner, input, writeOwn } from '../auth/access-policy';

/** Writes to an existing action: an admin anywhere, a coordinator of the action's partnership. */
export const actionWriters = writeOwn((args, live) => [actionOwner(live, input(args).actionId)]);
