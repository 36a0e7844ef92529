import { indicatorOwner, input, writeOwn } from '../auth/access-policy';

/** Writes to an existing indicator: an admin anywhere, a coordinator of the indicator's partnership. */
export const indicatorWriters = writeOwn((args, live) => [indicatorOwner(live, input(args).indicatorId)]);
