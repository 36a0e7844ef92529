import { type ArgumentMetadata, type PipeTransform, type Type, ValidationPipe, type ValidationError } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { InvalidInputError, textProblem, type FieldProblem } from '@saferplan/domain';

/** Every field class-validator found wrong (its first complaint for each), nested ones by path. */
function problemsOf(errors: ValidationError[], path: string[] = []): FieldProblem[] {
  return errors.flatMap((error) => {
    if (error.children && error.children.length > 0 && !error.constraints) return problemsOf(error.children, [...path, error.property]);
    const field = [...path, error.property].join('.');
    return [{ field, message: Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid` }];
  });
}

/** class-validator's complaints as the domain's own input error, naming the first field and listing all. */
function firstProblem(errors: ValidationError[]): InvalidInputError {
  const problems = problemsOf(errors);
  return new InvalidInputError(problems[0].field, problems[0].message, problems);
}

export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => firstProblem(errors),
});

/**
 * Shapes plain data into a mutation's input class with the same checks GraphQL input gets, for
 * callers that do not come through GraphQL (the demo loader), so their input is typed and checked.
 */
export async function shapeInput<Input extends object>(type: Type<Input>, plain: object): Promise<Input> {
  const input = plainToInstance(type, plain);
  const errors = await validate(input, { whitelist: true, forbidUnknownValues: false, validationError: { target: false, value: false } });
  if (errors.length > 0) throw firstProblem(errors);
  return input;
}

/**
 * Text arguments of queries (ids, years) get the domain's text rule too: input classes check it
 * field by field, and this covers plain arguments such as `history(id:)`, whose NUL would reach
 * PostgreSQL (which cannot take it) while SQLite simply found nothing.
 */
export const plainTextArgumentPipe: PipeTransform = {
  transform(value: unknown, metadata: ArgumentMetadata) {
    if (typeof value !== 'string') return value;
    const field = metadata.data ?? 'argument';
    const problem = textProblem(value, field);
    if (problem) throw new InvalidInputError(field, problem);
    return value;
  },
};

