/**
 * What in a GraphQL document makes a heavy read (ADR 0009), in one place: query-shape prices
 * them, and the request context for the per-user allowance is entered for documents naming any.
 */

/** The argument of a view "as recorded at" a moment: a replay whenever it is non-null. */
export const REPLAY_ARGUMENT = 'asOf';

/** Root fields that always replay one partnership's streams, whatever their arguments. */
export const REPLAYING_FIELDS: ReadonlySet<string> = new Set(['changesSince']);

/** Root fields whose work is a pass over the whole store, whatever their arguments. */
export const WHOLE_STORE_FIELDS: ReadonlySet<string> = new Set(['verifyAuditTrail', 'verifySeal']);

/** Every name above: a document that contains none of them cannot make a heavy read. */
export const HEAVY_READ_NAMES: readonly string[] = [REPLAY_ARGUMENT, ...REPLAYING_FIELDS, ...WHOLE_STORE_FIELDS];
