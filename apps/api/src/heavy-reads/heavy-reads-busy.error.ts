/**
 * A heavy read refused at once rather than queued without end: the caller already has their
 * share running, or the server's queue of heavy reads is full. Answered as RATE_LIMITED, HTTP 429.
 */
export class HeavyReadsBusyError extends Error {
  readonly retryAfterSeconds = 1;
}
