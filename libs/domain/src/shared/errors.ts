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
    Object.defineProperty(this, 'stack', { value: `${this.name}: ${message}`, writable: true, configurable: true });
  }
}

/** Input that can never be accepted; `field` names the input field at fault. */
export class InvalidInputError extends SaferPlanError {
  readonly kind = 'invalid' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
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
