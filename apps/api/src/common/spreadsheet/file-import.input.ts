import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBase64, IsBoolean, MaxLength } from 'class-validator';
import { ID_MAX, TextInput } from '../text-input';

/**
 * What every file import takes: whose file, for which year, the file itself (base64-encoded
 * inside the GraphQL request; the body limit is 1 MB) and whether to only check it. Each
 * import's input extends it.
 */
@InputType({ isAbstract: true })
export abstract class FileImportInput {
  @Field(() => ID) @TextInput(ID_MAX) partnershipId: string;
  @Field({ description: 'The plan year the file belongs to, e.g. "2017/18"' }) @TextInput(20) financialYear: string;
  @Field({ description: 'Ends in .xlsx or .csv' }) @TextInput(255) fileName: string;
  @Field({ description: 'The file, base64-encoded' }) @IsBase64() @MaxLength(1_000_000) contentBase64: string;
  @Field({ description: 'Check the whole file and report every problem without writing anything' })
  @IsBoolean()
  dryRun: boolean;
}

/** A file import as the importers take it, the file decoded. */
export interface FileImportRequest {
  partnershipId: string;
  financialYear: string;
  fileName: string;
  content: Buffer;
  dryRun: boolean;
}

export function fileImportRequest(input: FileImportInput): FileImportRequest {
  return {
    partnershipId: input.partnershipId,
    financialYear: input.financialYear,
    fileName: input.fileName,
    content: Buffer.from(input.contentBase64, 'base64'),
    dryRun: input.dryRun,
  };
}
