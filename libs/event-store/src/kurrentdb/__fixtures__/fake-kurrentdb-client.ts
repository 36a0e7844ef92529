import { PassThrough } from 'node:stream';
import {
  type AppendStreamRequest,
  type AppendStreamState,
  type EventData,
  type Filter,
  type KurrentDBClient,
  type Position,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';

interface StoredEvent {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: unknown;
  isJson: true;
  created: Date;
  position: Position;
}

type FakeSubscription = PassThrough & { unsubscribe(): Promise<void> };
interface LiveEntry {
  sub: FakeSubscription;
  after: bigint;
  filter?: Filter;
  caughtUp: boolean;
}

/**
 * An in-memory stand-in for the parts of KurrentDBClient the adapter uses, following the server
 * semantics the adapter relies on: per-event positions with commit == prepare, inclusive reads
 * from a position, exclusive subscriptions, StreamNotFoundError while iterating a missing stream,
 * WrongExpectedVersionError with the actual state, atomic multi-stream appends, stream-name regex
 * filters. It proves the adapter's own logic; only a live server proves these assumptions.
 */
export class FakeKurrentDbClient {
  readonly log: StoredEvent[] = [];
  readonly subscribeCalls: Array<Position | 'start'> = [];
  private readonly live = new Set<LiveEntry>();
  private nextPosition = 1000n;

  asClient(): KurrentDBClient {
    return this as unknown as KurrentDBClient;
  }

  async appendToStream(streamName: string, events: EventData[], options: { streamState?: AppendStreamState } = {}) {
    this.check(streamName, options.streamState ?? 'any');
    const written = this.write(streamName, events);
    return { success: true, nextExpectedRevision: written[written.length - 1].revision, position: written[written.length - 1].position };
  }

  async multiStreamAppend(requests: AppendStreamRequest[]) {
    for (const request of requests) {
      for (const event of request.events) {
        const metadata = event.metadata as Record<string, unknown> | undefined;
        if (metadata && Object.values(metadata).some((v) => typeof v !== 'string')) throw new Error('multiStreamAppend requires string metadata');
      }
    }
    for (const request of requests) this.check(request.streamName, request.expectedState);
    let position = 0n;
    const responses = requests.map((request) => {
      const written = this.write(request.streamName, request.events, { '$schema.format': 'Json' });
      position = written[written.length - 1].position.commit;
      return { streamName: request.streamName, revision: written[written.length - 1].revision };
    });
    return { position, responses };
  }

  readStream(streamName: string, options: { direction?: string; fromRevision?: bigint | 'start' | 'end'; maxCount?: number } = {}) {
    const log = this.log;
    return (async function* () {
      let events = log.filter((e) => e.streamId === streamName);
      if (events.length === 0) throw new StreamNotFoundError(undefined, streamName);
      const from = options.fromRevision ?? (options.direction === 'backwards' ? 'end' : 'start');
      if (options.direction === 'backwards') {
        events = events.reverse().filter((e) => from === 'end' || from === 'start' || e.revision <= from);
      } else {
        events = events.filter((e) => from === 'start' || from === 'end' || e.revision >= from);
      }
      for (const event of events.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) yield { event: copy(event) };
    })();
  }

  readAll(options: { fromPosition?: Position | 'start' | 'end'; maxCount?: number; direction?: string; filter?: Filter } = {}) {
    const log = this.log;
    return (async function* () {
      const from = options.fromPosition ?? (options.direction === 'backwards' ? 'end' : 'start');
      let events = log.filter((e) => matches(options.filter, e.streamId));
      if (options.direction === 'backwards') {
        events = events.reverse().filter((e) => typeof from === 'string' || e.position.commit < from.commit);
      } else {
        events = events.filter((e) => typeof from === 'string' || e.position.commit >= from.commit);
      }
      for (const event of events.slice(0, options.maxCount ?? Number.MAX_SAFE_INTEGER)) yield { event: copy(event), commitPosition: event.position.commit };
    })();
  }

  subscribeToAll(options: { fromPosition?: Position | 'start'; filter?: Filter } = {}, readable: { highWaterMark?: number } = {}) {
    const from = options.fromPosition ?? 'start';
    this.subscribeCalls.push(from);
    const sub = new PassThrough({ objectMode: true, highWaterMark: readable.highWaterMark }) as FakeSubscription;
    const entry: LiveEntry = { sub, after: from === 'start' ? -1n : from.commit, filter: options.filter, caughtUp: false };
    sub.unsubscribe = async () => {
      this.live.delete(entry);
      sub.end();
    };
    this.live.add(entry);
    // Catch up from the log first; live pushes start once that is done, as on the server.
    setImmediate(() => {
      for (const event of this.log) this.push(entry, event);
      entry.caughtUp = true;
    });
    return sub;
  }

  /** Simulates the server dropping every live subscription (e.g. a leader election). */
  dropSubscriptions(error: Error): void {
    for (const entry of this.live) entry.sub.destroy(error);
    this.live.clear();
  }

  async dispose(): Promise<void> {
    for (const entry of this.live) entry.sub.end();
    this.live.clear();
  }

  private push(entry: LiveEntry, event: StoredEvent): void {
    if (event.position.commit <= entry.after || !matches(entry.filter, event.streamId) || entry.sub.destroyed) return;
    entry.after = event.position.commit;
    entry.sub.write({ event: copy(event), commitPosition: event.position.commit });
  }

  private check(streamName: string, expected: AppendStreamState): void {
    const events = this.log.filter((e) => e.streamId === streamName);
    const current = events.length ? events[events.length - 1].revision : null;
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === null) ||
      (expected === 'stream_exists' && current !== null) ||
      expected === current;
    if (!ok) throw new WrongExpectedVersionError(undefined, { streamName, expected, current: current ?? 'no_stream' });
  }

  private write(streamName: string, events: EventData[], extraMetadata: Record<string, string> = {}): StoredEvent[] {
    const existing = this.log.filter((e) => e.streamId === streamName).length;
    const written = events.map((event, i): StoredEvent => {
      const position = (this.nextPosition += 100n);
      return {
        streamId: streamName,
        id: event.id,
        revision: BigInt(existing + i),
        type: event.type,
        data: JSON.parse(JSON.stringify(event.data)),
        metadata: { ...JSON.parse(JSON.stringify(event.metadata ?? {})), ...extraMetadata },
        isJson: true,
        created: new Date(),
        position: { commit: position, prepare: position },
      };
    });
    this.log.push(...written);
    for (const event of written) for (const entry of this.live) if (entry.caughtUp) this.push(entry, event);
    return written;
  }
}

function matches(filter: Filter | undefined, streamName: string): boolean {
  if (!filter) return true;
  if (filter.filterOn !== 'streamName' || !('regex' in filter)) throw new Error('fake supports stream-name regex filters only');
  return new RegExp(filter.regex).test(streamName);
}

function copy(event: StoredEvent): StoredEvent {
  return { ...event, data: JSON.parse(JSON.stringify(event.data)), metadata: JSON.parse(JSON.stringify(event.metadata)) };
}
