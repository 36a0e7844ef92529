import type { DomainEvent } from '../shared/event';

/**
 * A quarter's record closed for audit: a Merkle root over the head (streamId, revision, hash)
 * of every stream in the log at that moment, so any later change to anything sealed shows.
 */
export type QuarterSealed = DomainEvent<
  'QuarterSealed',
  {
    financialYear: string;
    quarter: string;
    /** Hex SHA-256 Merkle root over the stream heads, sorted by streamId. */
    merkleRoot: string;
    /** First 16 hex digits in groups of four, for a board pack. */
    shortRoot: string;
    streamCount: number;
    eventCount: number;
    /** Global position of the last event covered: verification recomputes the root from the log up to it. */
    throughPosition: number;
    sealedAt: string;
  }
>;

export type QuarterSealEvent = QuarterSealed;
