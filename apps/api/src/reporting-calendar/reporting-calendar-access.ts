import { input, partnership, writeOwn } from '../auth/access-policy';

/** The calendar, closing and the approval switch: an admin anywhere, a coordinator of the partnership. */
export const calendarKeepers = writeOwn((args) => [partnership(input(args).partnershipId)]);
