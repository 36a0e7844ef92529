import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type ActionToReport,
  ConflictError,
  type DueReminder,
  type RecordReminderFailure,
  type ReminderPolicy,
  type SendReminder,
  reminderLedgerDecider,
  remindersDue,
  streams,
} from '@saferplan/domain';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import { CheckpointedReminderViews, type PlanQueries, type RemindersViews, isClaimed } from '@saferplan/projections';
import { APP_CONFIG, EVENT_STORE } from '@saferplan/config/tokens';
import type { AppConfig } from '@saferplan/config/app-config';
import { CommandWriter } from '../common/command-writer';
import { type Mailer } from './mail/mailer';
import { reminderMail, updateFormLink } from './mail/reminder-mail';
import { type OpenRecipientDirectory, RECIPIENT_DIRECTORY } from './recipient-directory';
import { type OpenReportingDeadlines, REPORTING_DEADLINES } from '../common/reporting-deadlines';

/** The mailer reminders go through; null when they are off (production without SMTP_URL). */
export const MAILER = Symbol('MAILER');

/** Who the ledger records as sending reminders. */
export const REMINDER_ACTOR = { actor: 'saferplan-reminders', actorName: 'SaferPlan reminders' };

export interface ReminderRunReport {
  sent: DueReminder[];
  /** Claimed by another instance (or run) first: not sent by this one. */
  alreadyClaimed: DueReminder[];
  failed: Array<{ reminder: DueReminder; reason: string }>;
}

/**
 * Works out what is due at a moment and sends it exactly once. Each reminder is first claimed
 * by recording ReminderSent on its own stream (a second claim is a CONFLICT, whoever makes it),
 * then mailed; a mail the server refuses records ReminderSendFailed, which frees it for the next
 * run. A crash between claim and mail loses that one mail rather than risk sending it twice
 * (ADR 0015).
 */
@Injectable()
export class Reminders {
  private readonly logger = new Logger('Reminders');
  private readonly views: CheckpointedReminderViews;

  constructor(
    private readonly writer: CommandWriter,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(MAILER) private readonly mailer: Mailer | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RECIPIENT_DIRECTORY) private readonly openDirectory: OpenRecipientDirectory,
    @Inject(REPORTING_DEADLINES) private readonly openDeadlines: OpenReportingDeadlines,
  ) {
    this.views = new CheckpointedReminderViews(store);
  }

  get enabled(): boolean {
    return this.mailer !== null;
  }

  get describe(): string {
    return this.mailer ? `Reminders are on: mails go to ${this.mailer.describe}` : 'Reminders are off: set SMTP_URL (and MAIL_FROM) to send them';
  }

  /**
   * The ledger and preferences, caught up with the log from their checkpoint (only the reminder
   * events recorded since the last read), so every instance sees every claim.
   */
  view(): Promise<RemindersViews> {
    return this.views.current();
  }

  async due(at: Date, policy?: Partial<ReminderPolicy>): Promise<DueReminder[]> {
    const { ledger, preferences } = await this.view();
    const live = this.writer.live();
    const directory = await this.openDirectory((personId) => preferences.digestOnly.get(personId) ?? false);
    const actions = actionsToReport(live, directory.ownerOf);
    const partnerships = [...new Set(actions.map((action) => action.partnershipId))];
    const deadlineOf = await this.openDeadlines({ partnershipIds: partnerships, financialYears: [...new Set(actions.map((action) => action.financialYear))] });
    return remindersDue({
      at,
      actions,
      coordinators: Object.fromEntries(partnerships.map((id) => [id, directory.coordinatorsOf(id)])),
      deadlineOf,
      alreadySent: (id) => isClaimed(ledger, id),
      policy,
    });
  }

  async send(at: Date, policy?: Partial<ReminderPolicy>): Promise<ReminderRunReport> {
    const report: ReminderRunReport = { sent: [], alreadyClaimed: [], failed: [] };
    if (!this.mailer) return report;
    const live = this.writer.live();
    const link = updateFormLink(this.baseUrl(), (actionId) => live.action(actionId)?.planId);
    for (const reminder of await this.due(at, policy)) {
      if (!(await this.claim(reminder))) {
        report.alreadyClaimed.push(reminder);
        continue;
      }
      try {
        await this.mailer.send(reminderMail(reminder, at, link), at);
        report.sent.push(reminder);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Reminder ${reminder.reminderId} to ${reminder.recipient.email} was not accepted by the mail server: ${reason}`);
        await this.release(reminder, reason);
        report.failed.push({ reminder, reason });
      }
    }
    return report;
  }

  outbox() {
    return this.mailer?.outbox() ?? [];
  }

  private async claim(reminder: DueReminder): Promise<boolean> {
    const { reminderId, kind, recipient, actionId, quarter, occasion, about } = reminder;
    try {
      await this.writer.execute(
        streams.reminder(reminderId),
        reminderLedgerDecider,
        (now): SendReminder => ({
          type: 'SendReminder',
          data: { reminderId, kind, recipientId: recipient.personId, recipientName: recipient.name, recipientEmail: recipient.email, actionId, quarter, occasion, about },
          metadata: { now, actor: REMINDER_ACTOR.actor },
        }),
        REMINDER_ACTOR,
      );
      return true;
    } catch (error) {
      if (error instanceof ConflictError) return false;
      throw error;
    }
  }

  private async release(reminder: DueReminder, reason: string): Promise<void> {
    await this.writer.execute(
      streams.reminder(reminder.reminderId),
      reminderLedgerDecider,
      (now): RecordReminderFailure => ({ type: 'RecordReminderFailure', data: { reminderId: reminder.reminderId, reason: reason.slice(0, 500) }, metadata: { now } }),
      REMINDER_ACTOR,
    );
  }

  private baseUrl(): string {
    return this.config.publicUrl ?? `http://localhost:${this.config.port}`;
  }
}

/** Every action of every plan, as the schedule needs it. */
function actionsToReport(live: PlanQueries, ownerOf: (action: NonNullable<ReturnType<PlanQueries['action']>>) => ActionToReport['owner']): ActionToReport[] {
  const actions: ActionToReport[] = [];
  for (const partnership of live.partnerships()) {
    for (const planId of partnership.planIds) {
      for (const priorityId of live.actionPlan(planId)?.priorityIds ?? []) {
        for (const actionId of live.priority(priorityId)?.actionIds ?? []) {
          const action = live.action(actionId);
          if (!action) continue;
          actions.push({
            actionId,
            title: action.title,
            partnershipId: action.partnershipId,
            financialYear: action.financialYear,
            open: action.completedAt === null && action.cancelledAt === null,
            quartersReported: action.updates.map((update) => update.quarter),
            owner: ownerOf(action),
          });
        }
      }
    }
  }
  return actions;
}
