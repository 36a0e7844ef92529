import { Field, InputType } from '@nestjs/graphql';
import { OptionalTextInput, TITLE_MAX } from '../common/text-input';
import { FileImportInput } from '../common/spreadsheet/file-import.input';

@InputType()
export class ImportActionPlanInput extends FileImportInput {
  @Field(() => String, { nullable: true, description: 'Title for the plan if the import creates it' })
  @OptionalTextInput(TITLE_MAX)
  planTitle?: string | null;
}
