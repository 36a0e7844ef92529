import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RagEnum } from '../../graphql/enums';
import { DateTimeScalar } from '../../graphql/scalars';

@ObjectType('QuarterlyUpdateVersion', { description: 'One recorded version of a quarterly update (the original or a correction)' })
export class QuarterlyUpdateVersionObject {
  @Field() quarter: string;
  @Field(() => RagEnum) rag: string;
  @Field(() => Int) percentComplete: number;
  @Field() narrative: string;
  @Field(() => DateTimeScalar) recordedAt: string;
  @Field() recordedBy: string;
  @Field(() => String, { nullable: true }) correctionReason: string | null;
  @Field({ description: 'Recorded after its quarter was sealed: not in the sealed record' }) afterSeal: boolean;
}

@ObjectType('UpdateFigures')
export class UpdateFiguresObject {
  @Field(() => RagEnum) rag: string;
  @Field(() => Int) percentComplete: number;
  @Field() narrative: string;
}

@ObjectType('QuarterChange', { description: 'A quarterly update recorded after `since` that changed what was visible at `since`' })
export class QuarterChangeObject {
  @Field(() => ID) actionId: string;
  @Field() actionTitle: string;
  @Field() quarter: string;
  @Field(() => UpdateFiguresObject, { nullable: true, description: 'As visible at `since`; null when no update had been recorded' }) before: UpdateFiguresObject | null;
  @Field(() => UpdateFiguresObject) after: UpdateFiguresObject;
  @Field({ description: 'Who recorded the latest version' }) recordedBy: string;
  @Field(() => DateTimeScalar) recordedAt: string;
  @Field(() => String, { nullable: true, description: 'The correction reason, when the change is a correction' }) reason: string | null;
  @Field({ description: 'The update was first recorded after its reporting deadline' }) late: boolean;
  @Field({ description: 'The change was recorded after its quarter was sealed: not in the sealed record' }) afterSeal: boolean;
}
