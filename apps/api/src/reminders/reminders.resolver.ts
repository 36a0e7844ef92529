import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { OutboxMailObject, SentReminderObject } from './reminder.objects';
import { Reminders } from './reminders';

@Resolver()
export class RemindersResolver {
  constructor(private readonly reminders: Reminders) {}

  @Query(() => [SentReminderObject], {
    description: 'Reminders recorded as sent, oldest first: of one partnership (coordinators: their own), optionally of one action',
  })
  async remindersSent(
    @Args('partnershipId', { type: () => ID, nullable: true }) partnershipId?: string | null,
    @Args('actionId', { type: () => ID, nullable: true }) actionId?: string | null,
  ): Promise<SentReminderObject[]> {
    const { sent } = (await this.reminders.view()).ledger;
    return sent.filter(
      (reminder) =>
        (!partnershipId || reminder.about.some((update) => update.partnershipId === partnershipId)) &&
        (!actionId || reminder.about.some((update) => update.actionId === actionId)),
    );
  }

  @Query(() => [OutboxMailObject], { description: 'Development only (no SMTP_URL): the mails SaferPlan would have sent, newest first' })
  outbox(): OutboxMailObject[] {
    return this.reminders.outbox();
  }
}
