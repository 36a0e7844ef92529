import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ImportProblem', { description: 'One thing wrong with an imported file, where it is' })
export class ImportProblemObject {
  @Field() sheet: string;
  @Field(() => Int, { description: '1-based row; 0 for the file as a whole' }) row: number;
  @Field(() => String, { nullable: true, description: 'Column letter, e.g. "C"' }) column: string | null;
  @Field(() => String, { nullable: true, description: 'The column heading, e.g. "Lead agency"' }) heading: string | null;
  @Field() message: string;
}

@ObjectType('ImportReport')
export class ImportReportObject {
  @Field(() => ID) planId: string;
  @Field() dryRun: boolean;
  @Field({ description: 'The file has no problems' }) valid: boolean;
  @Field({ description: 'Events were recorded (only when valid and not a dry run)' }) written: boolean;
  @Field(() => Int) rows: number;
  @Field() planCreated: boolean;
  @Field(() => Int) priorities: number;
  @Field(() => Int) actions: number;
  @Field(() => Int) milestones: number;
  @Field(() => Int) allocations: number;
  @Field(() => Int, { description: 'Steps an earlier import of the same file already recorded' }) alreadyRecorded: number;
  @Field(() => [ImportProblemObject]) problems: ImportProblemObject[];
}
