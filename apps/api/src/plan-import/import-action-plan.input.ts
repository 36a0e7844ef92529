import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBase64, IsBoolean, IsOptional, MaxLength } from 'class-validator';
import { ID_MAX, OptionalTextInput, TextInput, TITLE_MAX } from '../common/text-input';

/** The file travels base64-encoded inside the GraphQL request (the body limit is 1 MB). */
@InputType()
export class ImportActionPlanInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'e.g. "2017/18"' }) @TextInput(20) financialYear: string;
  @Field({ description: 'Ends in .xlsx or .csv' }) @TextInput(255) fileName: string;
  @Field({ description: 'The file, base64-encoded' }) @IsBase64() @MaxLength(1_000_000) contentBase64: string;
  @Field({ description: 'Check the whole file and report every problem without writing anything' }) @IsBoolean() dryRun: boolean;
  @Field(() => String, { nullable: true, description: 'Title for the plan if the import creates it' })
  @OptionalTextInput(TITLE_MAX)
  planTitle?: string | null;
}
