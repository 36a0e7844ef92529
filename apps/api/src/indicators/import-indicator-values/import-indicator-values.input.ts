import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBase64, IsBoolean, MaxLength } from 'class-validator';
import { ID_MAX, TextInput } from '../../common/text-input';

/** The file travels base64-encoded inside the GraphQL request (the body limit is 1 MB). */
@InputType()
export class ImportIndicatorValuesInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'The plan year the values belong to, e.g. "2017/18"' }) @TextInput(20) financialYear: string;
  @Field({ description: 'Ends in .xlsx or .csv' }) @TextInput(255) fileName: string;
  @Field({ description: 'The file, base64-encoded: headings Indicator, Quarter, Value and/or Target, optional Note and Reason' })
  @IsBase64()
  @MaxLength(1_000_000)
  contentBase64: string;
  @Field({ description: 'Check the whole file and report every problem without writing anything' }) @IsBoolean() dryRun: boolean;
}
