import { type DueReminder, type OutstandingUpdate, daysBetween, longUkDate, ukDate } from '@saferplan/domain';
import type { Mail } from './mailer';

/** Where a reminder's link goes: the quarterly update form of the action's plan for that quarter. */
export type UpdateFormLink = (update: OutstandingUpdate) => string;

export function updateFormLink(baseUrl: string, planIdOf: (actionId: string) => string | undefined): UpdateFormLink {
  return (update) => {
    const plan = planIdOf(update.actionId);
    const query = new URLSearchParams({ ...(plan ? { plan } : {}), quarter: update.quarter });
    return `${baseUrl}/#/coordinator?${query.toString()}`;
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function when(update: OutstandingUpdate, today: string): string {
  const days = daysBetween(today, update.deadline);
  const due = longUkDate(update.deadline);
  if (days > 0) return `due by ${due}, in ${days} day${days === 1 ? '' : 's'}`;
  if (days === 0) return `due today, ${due}`;
  return `${-days} day${days === -1 ? '' : 's'} late (it was due by ${due})`;
}

function subjectOf(reminder: DueReminder, today: string): string {
  const [first] = reminder.about;
  const days = first ? daysBetween(today, first.deadline) : 0;
  switch (reminder.kind) {
    case 'BEFORE_DEADLINE':
      return `Update due in ${days} day${days === 1 ? '' : 's'}: ${first.actionTitle} (${first.quarter})`;
    case 'DEADLINE_DAY':
      return days === 0 ? `Update due today: ${first.actionTitle} (${first.quarter})` : `Update now due: ${first.actionTitle} (${first.quarter})`;
    case 'OVERDUE':
      return `Update overdue by ${-days} days: ${first.actionTitle} (${first.quarter})`;
    case 'ESCALATION':
      return `Late update, ${-days} days: ${first.actionTitle} (${first.quarter})`;
    case 'DIGEST':
      return `Weekly digest: ${reminder.about.length} update${reminder.about.length === 1 ? '' : 's'} outstanding`;
  }
}

function opening(reminder: DueReminder): string {
  switch (reminder.kind) {
    case 'ESCALATION':
      return 'An update from your partnership is more than a week late:';
    case 'DIGEST':
      return 'These quarterly updates are outstanding:';
    default:
      return 'Please record the quarterly update for this action:';
  }
}

/** The mail for a due reminder at a moment: subject, plain text and HTML, each update with its link. */
export function reminderMail(reminder: DueReminder, at: Date, link: UpdateFormLink): Mail {
  const today = ukDate(at);
  const lines = reminder.about.map((update) => ({ update, says: `${update.actionTitle}, ${update.quarter}: ${when(update, today)}`, href: link(update) }));
  const text = [
    `Dear ${reminder.recipient.name},`,
    '',
    opening(reminder),
    '',
    ...lines.flatMap(({ says, href }) => [`- ${says}`, `  ${href}`]),
    '',
    'SaferPlan reminds owners before, on and after each update deadline. To receive only the weekly digest, change your reminder preference in SaferPlan.',
  ].join('\n');
  const html = [
    `<p>Dear ${escape(reminder.recipient.name)},</p>`,
    `<p>${escape(opening(reminder))}</p>`,
    '<ul>',
    ...lines.map(({ update, href }) => `<li><a href="${escape(href)}">${escape(update.actionTitle)}, ${escape(update.quarter)}</a>: ${escape(when(update, today))}</li>`),
    '</ul>',
    '<p>SaferPlan reminds owners before, on and after each update deadline. To receive only the weekly digest, change your reminder preference in SaferPlan.</p>',
  ].join('\n');
  return { to: reminder.recipient.email, subject: subjectOf(reminder, today), text, html };
}
