import { canonicalJson, sha256Hex } from '@saferplan/event-store/shared/hash-chain';

/**
 * What a commandId is bound to: the command's type, the stream it writes (its target) and a hash
 * of the caller's input. Recorded in each event's causationId, so the hash chain covers it, and
 * compared on every reuse of the id: the same id for anything else is a CONFLICT, never a replay
 * of another change's answer (docs/adr/0006-command-binding.md).
 */
export function commandFingerprint(commandType: string, streamId: string, input: unknown): string {
  return `command:${commandType}:${sha256Hex(canonicalJson({ streamId, input: inputOf(input) }))}`;
}

/**
 * The input as a retry would send it again: without the idempotency key itself or the version
 * precondition, and with a null field the same as a missing one.
 */
function inputOf(input: unknown): unknown {
  if (input === null || input === undefined || typeof input !== 'object') return input ?? null;
  const { commandId: _commandId, expectedVersion: _expectedVersion, ...rest } = input as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== null && value !== undefined));
}

/**
 * Whether the events a commandId recorded answer this very command: same stream, and the same
 * fingerprint where one was recorded (events from before fingerprints carry none and keep the
 * stream check alone).
 */
export function recordedFor(events: ReadonlyArray<{ streamId: string; metadata: { causationId: string | null } }>, streamId: string, fingerprint: string): boolean {
  if (events.length === 0) return true;
  const { streamId: recordedStream, metadata } = events[0];
  const recorded = metadata.causationId;
  return recordedStream === streamId && (!recorded?.startsWith('command:') || recorded === fingerprint);
}

/** Ids the plan importer derives from a file; no caller may send one, so none can be claimed before the import. */
export const IMPORT_COMMAND_PREFIX = 'import-';
