import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { REMINDER_KINDS } from '@saferplan/domain';
import { DateTimeScalar } from '../graphql/scalars';

export const ReminderKindEnum = Object.fromEntries(REMINDER_KINDS.map((kind) => [kind, kind])) as { [K in (typeof REMINDER_KINDS)[number]]: K };
registerEnumType(ReminderKindEnum, {
  name: 'ReminderKind',
  description: 'BEFORE_DEADLINE, DEADLINE_DAY and OVERDUE go to the owner; ESCALATION and DIGEST to coordinators (DIGEST also to digest-only owners)',
});

@ObjectType('OutstandingUpdate', { description: "An action's quarterly update a reminder is about" })
export class OutstandingUpdateObject {
  @Field() actionId: string;
  @Field() actionTitle: string;
  @Field() partnershipId: string;
  @Field() quarter: string;
  @Field({ description: 'Last UK day on which the update is on time (YYYY-MM-DD)' }) deadline: string;
}

@ObjectType('SentReminder', { description: 'A reminder recorded as sent: who was reminded of what, and when' })
export class SentReminderObject {
  @Field() reminderId: string;
  @Field(() => ReminderKindEnum) kind: keyof typeof ReminderKindEnum;
  @Field() recipientId: string;
  @Field() recipientName: string;
  @Field() recipientEmail: string;
  @Field(() => String, { nullable: true }) actionId: string | null;
  @Field(() => String, { nullable: true }) quarter: string | null;
  @Field({ description: 'The UK date the schedule put it on (YYYY-MM-DD)' }) occasion: string;
  @Field(() => [OutstandingUpdateObject]) about: OutstandingUpdateObject[];
  @Field(() => DateTimeScalar) sentAt: string;
  @Field(() => String, { nullable: true }) sentBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when the mail server refused it; it is then sent again on a later run' }) failedAt: string | null;
  @Field(() => String, { nullable: true }) failure: string | null;
}

@ObjectType('OutboxMail', { description: 'A mail kept by the development outbox (no SMTP_URL): never sent anywhere' })
export class OutboxMailObject {
  @Field() from: string;
  @Field() to: string;
  @Field() subject: string;
  @Field() text: string;
  @Field() html: string;
  @Field(() => DateTimeScalar) at: string;
}
