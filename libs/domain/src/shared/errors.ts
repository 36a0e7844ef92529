/**
 * The only error types the domain throws. The API maps each kind to one GraphQL code in one
 * place (BAD_USER_INPUT, NOT_FOUND, CONFLICT, UNAUTHENTICATED, FORBIDDEN).
 */
export abstract class SaferPlanError extends Error {
  abstract readonly kind: 'invalid' | 'not-found' | 'conflict' | 'unauthenticated' | 'forbidden';
  /**
   * These are expected outcomes answered in words, never debugged from a trace: capturing a
   * stack for each was about a third of the cost of a refused request (issue 15), so none is.
   */
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.name = new.target.name;
    // A plain value: graphql-js copies the original error's stack into each GraphQLError it
    // makes, and reading V8's lazy stack would format one (about 10% of a refused request).
    // Assigned, not defined: V8's stack setter stores it as a data property (writable,
    // non-enumerable) at under half the cost of Object.defineProperty, which formatted first.
    this.stack = `${this.name}: ${message}`;
  }
}

/** One input field at fault and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Input that can never be accepted; `field` names the (first) input field at fault and
 * `problems` every field found wrong, so a form can flag them all at once.
 */
export class InvalidInputError extends SaferPlanError {
  readonly kind = 'invalid' as const;
  readonly problems: readonly FieldProblem[];
  constructor(
    readonly field: string,
    message: string,
    problems?: readonly FieldProblem[],
  ) {
    super(message);
    this.problems = problems && problems.length > 0 ? problems : [{ field, message }];
  }
}

/**
 * Runs each field's check and answers every field that failed, not only the first: a person
 * filling a form fixes them all in one go. Anything but an input error stops at once.
 */
export function checkEach<T extends unknown[]>(...checks: { [K in keyof T]: () => T[K] }): T {
  const problems: FieldProblem[] = [];
  const results = checks.map((check) => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  });
  if (problems.length > 0) throw new InvalidInputError(problems[0].field, problems[0].message, problems);
  return results as T;
}

export class NotFoundError extends SaferPlanError {
  readonly kind = 'not-found' as const;
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`${entity} ${id} was not found`);
  }
}

/** The request is well formed but clashes with what is already recorded (stale version, closed action, ...). */
export class ConflictError extends SaferPlanError {
  readonly kind = 'conflict' as const;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class UnauthenticatedError extends SaferPlanError {
  readonly kind = 'unauthenticated' as const;
}

export class ForbiddenError extends SaferPlanError {
  readonly kind = 'forbidden' as const;
}
