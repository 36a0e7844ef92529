import { quartersOf, ukDate } from '../shared/financial-year';
import type { OutstandingUpdate, ReminderKind } from './reminder.events';
import { addDays, daysBetween, weekdayOf } from './uk-days';

/** Someone a reminder can go to. `digestOnly`: they asked for the weekly digest instead of single reminders. */
export interface ReminderRecipient {
  personId: string;
  name: string;
  email: string;
  digestOnly: boolean;
}

/** An action as the schedule needs it: whose it is, which quarters it has reported on, whether it is still open. */
export interface ActionToReport {
  actionId: string;
  title: string;
  partnershipId: string;
  financialYear: string;
  open: boolean;
  quartersReported: readonly string[];
  owner: ReminderRecipient | null;
}

export interface ReminderPolicy {
  /** Owner reminders this many days before the deadline (default 14 and 3). */
  daysBefore: readonly number[];
  /** After the deadline, an owner reminder every this many days (default 7). */
  lateEveryDays: number;
  /** Coordinators are told once an update is this many days late (default 7). */
  escalateAfterDaysLate: number;
  /** Day of the weekly digest: 0 Sunday ... 1 Monday (default). */
  digestWeekday: number;
  /**
   * An update missing longer than this (default 91 days, about a quarter) is no longer chased
   * or listed: by then the next quarter's return is the one that matters, and an old plan
   * loaded into a new server must not mail everyone about years-old returns.
   */
  stopAfterDaysLate: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  daysBefore: [14, 3],
  lateEveryDays: 7,
  escalateAfterDaysLate: 7,
  digestWeekday: 1,
  stopAfterDaysLate: 91,
};

export interface ReminderScheduleInput {
  /** The moment the schedule is worked out for; its UK date decides everything. */
  at: Date;
  actions: readonly ActionToReport[];
  /** The coordinators of each partnership (by id); a partnership missing here has none. */
  coordinators: Readonly<Record<string, readonly ReminderRecipient[]>>;
  /** The last UK day on which a partnership's update for a quarter is on time; null: not chased (e.g. the quarter is closed). */
  deadlineOf: (partnershipId: string, quarter: string) => string | null;
  /** Ids of reminders already recorded as sent. */
  alreadySent: (reminderId: string) => boolean;
  policy?: Partial<ReminderPolicy>;
}

/** A reminder due at the moment asked about, with the deterministic id that makes it exactly-once. */
export interface DueReminder {
  reminderId: string;
  kind: ReminderKind;
  recipient: ReminderRecipient;
  actionId: string | null;
  quarter: string | null;
  /** The UK date the reminder belongs to (the occasion; a run after it still sends the latest one). */
  occasion: string;
  about: OutstandingUpdate[];
}

/**
 * Everything due at `at` and not yet sent. Owners get the latest occasion reached of: each of
 * `daysBefore` before the deadline, the deadline day, then every `lateEveryDays` after it, so a
 * run after a pause sends one reminder, not the backlog. Coordinators get one escalation per
 * update once it is `escalateAfterDaysLate` late, and on the digest day a digest of every
 * outstanding update of their partnerships. A reported quarter, or a closed action, is never
 * chased again. Pure: the clock, owners, deadlines and ledger all come in.
 */
export function remindersDue(input: ReminderScheduleInput): DueReminder[] {
  const policy = { ...DEFAULT_REMINDER_POLICY, ...input.policy };
  const today = ukDate(input.at);
  const due: DueReminder[] = [];
  const digests = new Map<string, { recipient: ReminderRecipient; about: OutstandingUpdate[] }>();
  const addToDigest = (recipient: ReminderRecipient, update: OutstandingUpdate) => {
    const digest = digests.get(recipient.personId) ?? { recipient, about: [] };
    if (!digest.about.some((item) => item.actionId === update.actionId && item.quarter === update.quarter)) digest.about.push(update);
    digests.set(recipient.personId, digest);
  };
  const propose = (reminder: DueReminder) => {
    if (!input.alreadySent(reminder.reminderId)) due.push(reminder);
  };

  for (const update of outstandingUpdates(input, policy, today)) {
    const { actionId, quarter, deadline } = update;
    const action = input.actions.find((candidate) => candidate.actionId === actionId)!;
    const owner = action.owner;
    if (owner && owner.digestOnly) addToDigest(owner, update);
    const occasion = latestOwnerOccasion(deadline, today, policy);
    if (owner && !owner.digestOnly && occasion) {
      propose({ ...aboutOne(occasion.kind, owner, occasion.date, update), about: [update] });
    }
    const escalatesOn = addDays(deadline, policy.escalateAfterDaysLate);
    for (const coordinator of input.coordinators[action.partnershipId] ?? []) {
      addToDigest(coordinator, update);
      if (!coordinator.digestOnly && today >= escalatesOn) {
        propose({ ...aboutOne('ESCALATION', coordinator, escalatesOn, update), about: [update] });
      }
    }
  }

  if (weekdayOf(today) === policy.digestWeekday) {
    for (const { recipient, about } of digests.values()) {
      propose({ reminderId: reminderId('DIGEST', today, recipient.personId), kind: 'DIGEST', recipient, actionId: null, quarter: null, occasion: today, about });
    }
  }
  return due;
}

/** Updates not yet in, on open actions, from `max(daysBefore)` before their deadline until `stopAfterDaysLate` after it. */
function outstandingUpdates(input: ReminderScheduleInput, policy: ReminderPolicy, today: string): OutstandingUpdate[] {
  const earliest = Math.max(0, ...policy.daysBefore);
  const outstanding: OutstandingUpdate[] = [];
  for (const action of input.actions) {
    if (!action.open) continue;
    for (const quarter of quartersOf(action.financialYear)) {
      if (action.quartersReported.includes(quarter)) continue;
      const deadline = input.deadlineOf(action.partnershipId, quarter);
      if (deadline === null) continue;
      const daysLeft = daysBetween(today, deadline);
      if (daysLeft > earliest || -daysLeft > policy.stopAfterDaysLate) continue;
      outstanding.push({ actionId: action.actionId, actionTitle: action.title, partnershipId: action.partnershipId, quarter, deadline });
    }
  }
  return outstanding;
}

function latestOwnerOccasion(deadline: string, today: string, policy: ReminderPolicy): { kind: ReminderKind; date: string } | null {
  const late = daysBetween(deadline, today);
  if (late > 0) {
    if (late < policy.lateEveryDays) return { kind: 'DEADLINE_DAY', date: deadline };
    const weeks = Math.floor(late / policy.lateEveryDays);
    return { kind: 'OVERDUE', date: addDays(deadline, weeks * policy.lateEveryDays) };
  }
  if (late === 0) return { kind: 'DEADLINE_DAY', date: deadline };
  const reached = policy.daysBefore.filter((days) => days >= -late).sort((a, b) => a - b)[0];
  return reached === undefined ? null : { kind: 'BEFORE_DEADLINE', date: addDays(deadline, -reached) };
}

function aboutOne(kind: ReminderKind, recipient: ReminderRecipient, occasion: string, update: OutstandingUpdate) {
  return {
    reminderId: reminderId(kind, occasion, recipient.personId, update.actionId, update.quarter),
    kind,
    recipient,
    actionId: update.actionId,
    quarter: update.quarter,
    occasion,
  };
}

/**
 * The same reminder always gets the same id, whoever works it out: kind, occasion, recipient and
 * what it is about. Only letters, digits and `._@-`, so it can name the reminder's stream.
 */
export function reminderId(kind: ReminderKind, occasion: string, recipientId: string, actionId?: string, quarter?: string): string {
  return [kind.toLowerCase(), occasion, recipientId, actionId, quarter]
    .filter((part): part is string => part !== undefined)
    .map((part) => part.replace(/[^A-Za-z0-9.@-]+/g, '-'))
    .join('_');
}
