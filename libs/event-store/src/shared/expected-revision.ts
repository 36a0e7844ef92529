import { type ExpectedRevision, WrongExpectedRevisionError } from '../event-store.port';

/**
 * Throws unless a stream whose last revision is `current` (-1: the stream does not exist)
 * satisfies the expectation. Every adapter calls this inside its write transaction.
 */
export function assertExpectedRevision(streamId: string, expected: ExpectedRevision, current: number): void {
  const exists = current >= 0;
  const ok =
    expected === 'any' ||
    (expected === 'no_stream' && !exists) ||
    (expected === 'stream_exists' && exists) ||
    expected === current;
  if (!ok) throw new WrongExpectedRevisionError(streamId, expected, exists ? current : 'no_stream');
}
