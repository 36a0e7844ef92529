import { type AppendStreamState, FORWARDS, jsonEvent, UnsupportedError, WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import {
  type AppendResult,
  CommandIdReusedError,
  type EventMetadata,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { chainMetadata } from '../shared/hash-chain';
import type { EventSigner } from '../audit/event-witness';
import {
  COMMAND_RECORDED,
  type CommandRecord,
  encodeMetadata,
  exactStreamState,
  fromCurrentStreamState,
  parseCommandRecord,
  toJsonEventInput,
  toStreamState,
} from './kurrentdb-mapping';
import { type KurrentDbStreams, type KurrentEvent, isMissingStream, resultOf } from './kurrentdb-streams';

/**
 * The command ledger: one `saferplan-command-<commandId>` stream per commandId, holding the
 * `CommandRecorded` event of the append it made. The record and the events are written in one
 * atomic multi-stream append, with the record's stream expected not to exist, so exactly one
 * append per commandId wins, even across API instances; a retry finds the record and answers the
 * original events.
 */
export class KurrentDbCommandLedger {
  constructor(
    private readonly streams: KurrentDbStreams,
    private readonly maxAppendAttempts: number,
    private readonly signer: EventSigner | null = null,
  ) {}

  /** The record of a commandId and the events it wrote, or null when it was never used. */
  async find(commandId: string): Promise<{ record: CommandRecord; events: RecordedEvent[] } | null> {
    let recordEvent: KurrentEvent | undefined;
    try {
      for await (const resolved of this.streams.client.readStream(this.streams.naming.commandStream(commandId), { maxCount: 1, requiresLeader: true })) {
        recordEvent = resolved.event;
      }
    } catch (error) {
      if (isMissingStream(error)) return null;
      throw error;
    }
    if (!recordEvent) return null;
    const record = parseCommandRecord(commandId, recordEvent.data);
    const events = await this.streams.read(this.streams.naming.toServer(record.streamId), {
      direction: FORWARDS,
      fromRevision: BigInt(record.firstRevision),
      maxCount: record.eventIds.length,
    });
    if (events.length !== record.eventIds.length || events.some((e, i) => e.metadata.eventId !== record.eventIds[i])) {
      throw new Error(`commandId ${commandId}: the events it recorded in ${record.streamId} are no longer there`);
    }
    return { record, events };
  }

  /** With a commandId: events and command record in one atomic multi-stream append (KurrentDB 25.1+). */
  async appendOnce(
    streamId: string,
    events: NewEvent[],
    unchained: EventMetadata[],
    expected: ExpectedRevision,
    commandId: string,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      const earlier = await this.find(commandId);
      if (earlier) return this.duplicateOf(commandId, streamId, earlier);

      const head = await this.streams.head(streamId);
      const current = head.revision;
      let state: AppendStreamState;
      if (expected === 'any') state = exactStreamState(current);
      else if (expected === 'stream_exists') {
        if (current < 0) throw new WrongExpectedRevisionError(streamId, expected, 'no_stream');
        state = exactStreamState(current);
      } else state = toStreamState(expected);
      const firstRevision = typeof state === 'bigint' ? Number(state) + 1 : 0;
      const metadata = chainMetadata(streamId, firstRevision, events, unchained, current === firstRevision - 1 ? head.hash : null, this.signer);
      const record: CommandRecord = {
        streamId,
        firstRevision,
        lastRevision: firstRevision + events.length - 1,
        eventIds: metadata.map((m) => m.eventId),
      };

      try {
        await this.streams.client.multiStreamAppend([
          {
            streamName: this.streams.naming.toServer(streamId),
            expectedState: state,
            events: events.map((event, i) => jsonEvent(toJsonEventInput(event, metadata[i]))),
          },
          {
            streamName: this.streams.naming.commandStream(commandId),
            expectedState: 'no_stream',
            // A fresh id: the record must never pass as a replay of another writer's record.
            events: [jsonEvent({ type: COMMAND_RECORDED, data: { ...record }, metadata: encodeMetadata({ ...metadata[0], eventId: '', schemaVersion: 1 }) })],
          },
        ]);
        return this.streams.readAppended(streamId, firstRevision, metadata, false);
      } catch (error) {
        if (error instanceof UnsupportedError) {
          throw new Error(`KurrentDB ${error.minimumVersion} or later is needed for idempotent appends (commandId): ${error.message}`);
        }
        if (!(error instanceof WrongExpectedVersionError)) throw this.streams.mapAppendError(error, streamId, expected);
        // Lost a race: to another append with this commandId (then it is a duplicate), or to another writer.
        const winner = await this.find(commandId);
        if (winner) return this.duplicateOf(commandId, streamId, winner);
        const translated = expected === 'any' || expected === 'stream_exists';
        if (translated && attempt < this.maxAppendAttempts) continue;
        if (translated) throw new Error(`append to ${streamId}: gave up after ${attempt} attempts under write contention`);
        const actual =
          error.streamName === this.streams.naming.toServer(streamId)
            ? fromCurrentStreamState(error.actualState)
            : fromCurrentStreamState(BigInt((await this.streams.head(streamId)).revision));
        throw new WrongExpectedRevisionError(streamId, expected, actual);
      }
    }
  }

  private duplicateOf(commandId: string, streamId: string, earlier: { record: CommandRecord; events: RecordedEvent[] }): AppendResult {
    if (earlier.record.streamId !== streamId) throw new CommandIdReusedError(commandId, earlier.record.streamId);
    return resultOf(earlier.events, true);
  }
}
