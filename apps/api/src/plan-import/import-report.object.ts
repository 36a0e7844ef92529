import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FileProblemObject } from '../graphql/objects/file-problem.object';

@ObjectType('ImportProblem', { description: 'One thing wrong with (or, as a warning, worth checking in) an imported file, where it is' })
export class ImportProblemObject extends FileProblemObject {}

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
  @Field(() => [ImportProblemObject], {
    description: 'Allowed but worth checking, row by row: an action the plan already has under the same priority, a funding source that matches no recorded one. Warnings never stop an import.',
  })
  warnings: ImportProblemObject[];
}
