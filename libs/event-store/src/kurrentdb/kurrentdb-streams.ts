import {
  BACKWARDS,
  END,
  FORWARDS,
  type KurrentDBClient,
  type ResolvedEvent,
  type START,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { type AppendResult, type EventMetadata, type ExpectedRevision, type RecordedEvent, WrongExpectedRevisionError } from '../event-store.port';
import { type StreamNaming, decodeMetadata, fromCurrentStreamState, positionToNumber, toSafeNumber } from './kurrentdb-mapping';

export type KurrentEvent = NonNullable<ResolvedEvent['event']>;

/**
 * Our streams on the server, as the event store and its command ledger both read them: events
 * mapped back to our stream ids (foreign streams dropped), missing streams read as empty.
 */
export class KurrentDbStreams {
  constructor(
    readonly client: KurrentDBClient,
    readonly naming: StreamNaming,
  ) {}

  async read(
    streamName: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof START | typeof END; maxCount?: number },
  ): Promise<RecordedEvent[]> {
    const result: RecordedEvent[] = [];
    try {
      // requiresLeader: read-your-writes, also on a cluster whose connection prefers followers.
      for await (const resolved of this.client.readStream(streamName, { ...options, requiresLeader: true })) {
        const recorded = resolved.event ? this.toRecorded(resolved.event) : null;
        if (recorded) result.push(recorded);
      }
    } catch (error) {
      if (isMissingStream(error)) return [];
      throw error;
    }
    return result;
  }

  toRecorded(event: KurrentEvent): RecordedEvent | null {
    const streamId = this.naming.fromServer(event.streamId);
    if (streamId === null) return null;
    return {
      position: positionToNumber(event.position, `${event.streamId}@${event.revision}`),
      streamId,
      revision: toSafeNumber(event.revision, 'stream revision'),
      type: event.type,
      data: event.data,
      metadata: decodeMetadata(event.id, event.metadata, event.created),
    };
  }

  /** Last revision of one of our streams (-1 when it does not exist) and its hash, which the next event links to. */
  async head(streamId: string): Promise<{ revision: number; hash: string | null }> {
    const [last] = await this.read(this.naming.toServer(streamId), { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? { revision: last.revision, hash: last.metadata.hash ?? null } : { revision: -1, hash: null };
  }

  /** Reads back what an append wrote, so the caller gets positions and exactly what later reads return. */
  async readAppended(streamId: string, firstRevision: number, metadata: EventMetadata[], duplicate: boolean): Promise<AppendResult> {
    const events = await this.read(this.naming.toServer(streamId), {
      direction: FORWARDS,
      fromRevision: BigInt(firstRevision),
      maxCount: metadata.length,
    });
    const ids = events.map((e) => e.metadata.eventId);
    if (ids.length !== metadata.length || ids.some((id, i) => id !== metadata[i].eventId)) {
      throw new Error(`append to ${streamId}: could not read back the events written at revision ${firstRevision}`);
    }
    return resultOf(events, duplicate);
  }

  mapAppendError(error: unknown, streamId: string, expected: ExpectedRevision): unknown {
    if (error instanceof WrongExpectedVersionError) {
      return new WrongExpectedRevisionError(streamId, expected, fromCurrentStreamState(error.actualState));
    }
    return error;
  }
}

export function resultOf(events: RecordedEvent[], duplicate: boolean): AppendResult {
  const last = events[events.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events, duplicate };
}

export function isMissingStream(error: unknown): boolean {
  return error instanceof StreamNotFoundError || error instanceof StreamDeletedError;
}
