import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { CommandInput } from '../../common/command-input';
import { PlainText } from '../../common/text-input';

@InputType()
export class SealQuarterInput extends CommandInput {
  @Field({ description: 'e.g. 2017/18' }) @IsString() @Length(1, 20) @PlainText() financialYear: string;
  @Field({ description: 'Q1 to Q4, or in full e.g. 2017/18 Q1' }) @IsString() @Length(1, 20) @PlainText() quarter: string;
}
