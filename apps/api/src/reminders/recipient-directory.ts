import type { ReminderRecipient } from '@saferplan/domain';
import type { ActionView } from '@saferplan/projections';

/**
 * Who reminders go to: an action's owner and a partnership's coordinators, with their email and
 * whether they asked for the digest only. The one seam between reminders and the people
 * directory (issue 16): swapping the placeholder below for it changes this file only.
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

/** "Ann Owner <ann@nwleics.gov.uk>" or a bare address. */
const NAMED_ADDRESS = /^\s*(?:(.*?)\s*<\s*)?([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)\s*>?\s*$/;

/**
 * Until people and action owners exist: the action's lead officer is its owner when the lead
 * officer text carries an email address (the person's id is that address, lower-cased), and no
 * partnership has coordinators to escalate to. `digestOnly` comes from recorded preferences.
 */
export function leadOfficerDirectory(digestOnly: (personId: string) => boolean): RecipientDirectory {
  return {
    ownerOf(action) {
      const match = action.leadOfficer ? NAMED_ADDRESS.exec(action.leadOfficer) : null;
      if (!match) return null;
      const email = match[2];
      const personId = email.toLowerCase();
      return { personId, name: match[1] || email, email, digestOnly: digestOnly(personId) };
    },
    coordinatorsOf: () => [],
  };
}

export const openLeadOfficerDirectory: OpenRecipientDirectory = async (digestOnly) => leadOfficerDirectory(digestOnly);
