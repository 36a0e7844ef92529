import { ConflictError, InvalidInputError, SaferPlanError, UnauthenticatedError } from './errors';

describe('SaferPlanError', () => {
  it('carries its words and no stack trace: expected outcomes are answered, never debugged', () => {
    const error = new InvalidInputError('percentComplete', 'percentComplete must be a whole number from 0 to 100');
    expect(error).toBeInstanceOf(SaferPlanError);
    expect([error.name, error.field, error.kind]).toEqual(['InvalidInputError', 'percentComplete', 'invalid']);
    expect(error.stack).toBe('InvalidInputError: percentComplete must be a whole number from 0 to 100');
    expect(Object.getOwnPropertyDescriptor(error, 'stack')).toMatchObject({ value: error.stack, enumerable: false });
    expect(new UnauthenticatedError('Sign in').stack).toBe('UnauthenticatedError: Sign in');
  });

  it('leaves the stack trace limit as it found it, so internal errors keep their traces', () => {
    const limit = Error.stackTraceLimit;
    new ConflictError('This record was changed by someone else', 'expectedVersion');
    expect(Error.stackTraceLimit).toBe(limit);
    expect(new Error('internal').stack).toMatch(/\n\s+at /);
  });
});
