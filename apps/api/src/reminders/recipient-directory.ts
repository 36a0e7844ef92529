import type { ReminderRecipient } from '@saferplan/domain';
import type { ActionView } from '@saferplan/projections';

/**
 * Who reminders go to: an action's owner and a partnership's coordinators, with their email and
 * whether they asked for the digest only. The one seam between reminders and the people
 * directory (issue 16): reminder-recipients.ts at the top of the app provides it.
 */
export interface RecipientDirectory {
  ownerOf(action: ActionView): ReminderRecipient | null;
  coordinatorsOf(partnershipId: string): ReminderRecipient[];
}

/**
 * Opens the directory for one reminder run, as it stands now; `digestOnly` is each person's
 * recorded preference. Provided under RECIPIENT_DIRECTORY, so the people directory replaces
 * the placeholder with one provider.
 */
export type OpenRecipientDirectory = (digestOnly: (personId: string) => boolean) => Promise<RecipientDirectory>;
export const RECIPIENT_DIRECTORY = Symbol('RECIPIENT_DIRECTORY');
