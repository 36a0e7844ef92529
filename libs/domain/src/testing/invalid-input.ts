import { InvalidInputError } from '../shared/errors';

/**
 * Runs `fn`, expecting an InvalidInputError, and returns its field and message.
 * Uses jest's global `expect`, so import it from specs only.
 */
export function invalid(fn: () => unknown): { field: string; message: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const { field, message } = error as InvalidInputError;
    return { field, message };
  }
  throw new Error('expected an InvalidInputError');
}
