import { Field, Int, ObjectType } from '@nestjs/graphql';

/** The fields of a problem (or warning) an import reports about a file, where it is; each import names its own type. */
@ObjectType({ isAbstract: true })
export abstract class FileProblemObject {
  @Field() sheet: string;
  @Field(() => Int, { description: '1-based row; 0 for the file as a whole' }) row: number;
  @Field(() => String, { nullable: true, description: 'Column letter, e.g. "C"' }) column: string | null;
  @Field(() => String, { nullable: true, description: 'The column heading, e.g. "Lead agency"' }) heading:
    string | null;
  @Field() message: string;
}
