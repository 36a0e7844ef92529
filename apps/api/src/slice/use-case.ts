import type { Type } from '@nestjs/common';
import type { AccessRule } from '../auth/access-policy';
import type { CommandInput } from '../common/command-input';
import type { CommandOptions } from '../common/command-options';
import type { CommandWriter } from '../common/command-writer';

/**
 * Everything one mutation owns, declared by its slice folder: the GraphQL input, who may run it,
 * the resolver that answers it, and the glue that turns the input into a domain command. The
 * resolver, the plan importer and the demo loader all go through `run`, so a use case has one
 * way in whoever calls it.
 */
export interface UseCase<Input extends CommandInput, Result, Mutation extends string = string> {
  /** The GraphQL mutation, and the name its access rule is filed under. */
  readonly mutation: Mutation;
  readonly input: Type<Input>;
  readonly access: AccessRule;
  readonly resolver: Type<unknown>;
  run(writer: CommandWriter, input: Input, options: CommandOptions): Promise<Result>;
  /** The id of the record the mutation made or changed (what a demo step names with `as`). */
  recordId(result: Result): string;
}

/** Any use case, for lists of them (registration, the access table, the demo loader). */
export type AnyUseCase = UseCase<any, any>;

/** Declares a slice's use case, keeping its mutation name as a literal type for the lists. */
export function defineUseCase<Input extends CommandInput, Result, const Mutation extends string>(
  useCase: UseCase<Input, Result, Mutation>,
): UseCase<Input, Result, Mutation> {
  return useCase;
}
