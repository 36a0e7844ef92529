import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min, MinLength } from 'class-validator';
import { ID_MAX, OptionalTextInput } from './text-input';

/** Fields every mutation input carries: optimistic concurrency and idempotent retry. */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => Int, {
    nullable: true,
    description: 'Version of the record you last saw (0 for a new one); a stale version is rejected with CONFLICT',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  expectedVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Idempotency key: sending the same commandId again records nothing new and returns the same result',
  })
  @OptionalTextInput(ID_MAX)
  @MinLength(1)
  commandId?: string | null;
}
