import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from '@saferplan/domain';

/** class-validator's first complaint, as the domain's own input error naming the field. */
function firstProblem(errors: ValidationError[], path: string[] = []): InvalidInputError {
  const [first] = errors;
  if (first.children && first.children.length > 0 && !first.constraints) {
    return firstProblem(first.children, [...path, first.property]);
  }
  const message = Object.values(first.constraints ?? {})[0] ?? `${first.property} is not valid`;
  return new InvalidInputError([...path, first.property].join('.'), message);
}

export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: false,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => firstProblem(errors),
});
