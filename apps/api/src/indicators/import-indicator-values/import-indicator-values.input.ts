import { InputType } from '@nestjs/graphql';
import { FileImportInput } from '../../common/spreadsheet/file-import.input';

/** The file's headings: Indicator, Quarter, Value and/or Target, optional Note and Reason. */
@InputType({ description: 'A file of indicator values: headings Indicator, Quarter, Value and/or Target, optional Note and Reason' })
export class ImportIndicatorValuesInput extends FileImportInput {}
