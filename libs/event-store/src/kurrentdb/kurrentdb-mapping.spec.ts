import type { EventMetadata } from '../event-store.port';
import { buildMetadata, deterministicEventId } from '../shared/event-metadata';
import {
  decodeMetadata,
  encodeMetadata,
  exactStreamState,
  fromCurrentStreamState,
  numberToPosition,
  parseCommandRecord,
  positionToNumber,
  resubscribeDelayMs,
  StreamNaming,
  toJsonEventInput,
  toStreamState,
} from './kurrentdb-mapping';

const AT = new Date('2018-09-04T10:00:00.000Z');

describe('expected revision mapping', () => {
  it('maps our expectations to the client append states', () => {
    expect(toStreamState('any')).toBe('any');
    expect(toStreamState('no_stream')).toBe('no_stream');
    expect(toStreamState('stream_exists')).toBe('stream_exists');
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(41)).toBe(41n);
  });

  it('turns a current revision into the exact state an append must expect', () => {
    expect(exactStreamState(-1)).toBe('no_stream');
    expect(exactStreamState(0)).toBe(0n);
    expect(exactStreamState(7)).toBe(7n);
  });

  it("maps the server's actual state back, treating deleted (-5) and tombstoned (-6) as no stream", () => {
    expect(fromCurrentStreamState(3n)).toBe(3);
    expect(fromCurrentStreamState(0n)).toBe(0);
    expect(fromCurrentStreamState('no_stream')).toBe('no_stream');
    expect(fromCurrentStreamState(-5n)).toBe('no_stream');
    expect(fromCurrentStreamState(-6n)).toBe('no_stream');
    expect(fromCurrentStreamState(undefined)).toBe('no_stream');
  });
});

describe('positions', () => {
  it('uses the commit position as our global position, and reads from commit == prepare', () => {
    expect(positionToNumber({ commit: 1234n, prepare: 1234n })).toBe(1234);
    expect(numberToPosition(1234)).toEqual({ commit: 1234n, prepare: 1234n });
  });

  it('fails clearly without a position (servers before 22.6) or beyond the safe integer range', () => {
    expect(() => positionToNumber(undefined, 'plan-1@0')).toThrow(/no log position for plan-1@0.*22\.6/);
    expect(() => positionToNumber({ commit: 2n ** 53n, prepare: 0n })).toThrow(/MAX_SAFE_INTEGER/);
  });
});

describe('stream naming', () => {
  it('keeps stream ids as-is by default and hides system and command streams', () => {
    const naming = new StreamNaming();
    expect(naming.toServer('plan-1')).toBe('plan-1');
    expect(naming.commandStream('cmd-1')).toBe('saferplan-command-cmd-1');
    expect(naming.fromServer('plan-1')).toBe('plan-1');
    expect(naming.fromServer('$stats-127.0.0.1:2113')).toBeNull();
    expect(naming.fromServer('$$plan-1')).toBeNull();
    expect(naming.fromServer('saferplan-command-cmd-1')).toBeNull();
  });

  it('isolates a prefixed store from everything outside its prefix', () => {
    const naming = new StreamNaming('test-42/');
    expect(naming.toServer('plan-1')).toBe('test-42/plan-1');
    expect(naming.commandStream('cmd-1')).toBe('test-42/saferplan-command-cmd-1');
    expect(naming.fromServer('test-42/plan-1')).toBe('plan-1');
    expect(naming.fromServer('plan-1')).toBeNull();
    expect(naming.fromServer('test-43/plan-1')).toBeNull();
    expect(naming.fromServer('test-42/saferplan-command-cmd-1')).toBeNull();
    expect(() => new StreamNaming('$x')).toThrow(/system streams/);
  });

  it('builds a server-side regex that agrees with fromServer (same syntax in .NET and JavaScript)', () => {
    const names = ['plan-1', '$stats-x', '$$plan-1', 'saferplan-command-c', 'p.1/plan-1', 'p.1/saferplan-command-c', 'p.1/$x', 'pX1/plan-1', 'p.1/'];
    for (const prefix of ['', 'p.1/']) {
      const naming = new StreamNaming(prefix);
      const regex = new RegExp(naming.eventStreamRegex());
      for (const name of names) expect([prefix, name, regex.test(name)]).toEqual([prefix, name, naming.fromServer(name) !== null]);
    }
  });
});

describe('metadata', () => {
  const full: EventMetadata = {
    eventId: '00000000-0000-4000-8000-000000000001',
    actorName: null,
      actor: 'coordinator@nwl',
    correlationId: 'corr-1',
    causationId: 'cause-1',
    commandId: 'cmd-1',
    recordedAt: '2019-01-02T03:04:05.678Z',
    schemaVersion: 3,
  };

  it('encodes as a flat map of strings with KurrentDB correlation conventions, leaving out nulls', () => {
    expect(encodeMetadata(full)).toEqual({
      $correlationId: 'corr-1',
      $causationId: 'cause-1',
      actor: 'coordinator@nwl',
      commandId: 'cmd-1',
      recordedAt: '2019-01-02T03:04:05.678Z',
      schemaVersion: '3',
    });
    const bare = { ...full, actor: null, causationId: null, commandId: null };
    expect(encodeMetadata(bare)).toEqual({ $correlationId: 'corr-1', recordedAt: '2019-01-02T03:04:05.678Z', schemaVersion: '3' });
  });

  it('round-trips through decode, ignoring keys the server adds', () => {
    expect(decodeMetadata(full.eventId, encodeMetadata(full), new Date(0))).toEqual(full);
    const bare = { ...full, actor: null, causationId: null, commandId: null };
    const fromMultiAppend = { ...encodeMetadata(bare), '$schema.format': 'Json', '$schema.name': 'A' };
    expect(decodeMetadata(full.eventId, fromMultiAppend, new Date(0))).toEqual(bare);
  });

  it("carries the chain and the server's signature, and an event without a signature reads back without one", () => {
    const chained = { ...full, previousHash: 'ab'.repeat(32), hash: 'cd'.repeat(32) };
    const signed = { ...chained, witness: 'c2lnbmF0dXJl' };
    expect(encodeMetadata(signed)).toMatchObject({ hash: signed.hash, previousHash: signed.previousHash, witness: 'c2lnbmF0dXJl' });
    expect(decodeMetadata(full.eventId, encodeMetadata(signed), new Date(0))).toEqual(signed);
    expect(decodeMetadata(full.eventId, encodeMetadata(chained), new Date(0))).toEqual(chained);
  });

  it('decodes events written by other tools with fallbacks', () => {
    const created = new Date('2020-05-06T07:08:09.000Z');
    const fallback = { eventId: 'id-1', actor: null, actorName: null, correlationId: 'id-1', causationId: null, commandId: null, recordedAt: created.toISOString(), schemaVersion: 1 };
    expect(decodeMetadata('id-1', undefined, created)).toEqual(fallback);
    expect(decodeMetadata('id-1', new Uint8Array([1, 2]), created)).toEqual(fallback);
    expect(decodeMetadata('id-1', { schemaVersion: 'two', actor: 5 }, created)).toEqual(fallback);
  });
});

describe('event data for the client', () => {
  const events = [
    { type: 'QuarterlyUpdateRecorded', data: { rag: 'GREEN' }, schemaVersion: 2 },
    { type: 'MilestoneReached', data: { on: '2018-06-30' }, schemaVersion: 1 },
  ];

  it('carries the id derived from commandId + index, identical on a retry, so the server can deduplicate', () => {
    const first = buildMetadata(events, { expectedRevision: 'any', commandId: 'cmd-7', recordedAt: AT });
    const retry = buildMetadata(events, { expectedRevision: 'any', commandId: 'cmd-7', recordedAt: AT });
    const wire = events.map((e, i) => toJsonEventInput(e, first[i]));
    expect(wire.map((w) => w.id)).toEqual([deterministicEventId('cmd-7', 0), deterministicEventId('cmd-7', 1)]);
    expect(events.map((e, i) => toJsonEventInput(e, retry[i]))).toEqual(wire);
    expect(wire[0]).toEqual({
      id: deterministicEventId('cmd-7', 0),
      type: 'QuarterlyUpdateRecorded',
      data: { rag: 'GREEN' },
      metadata: { $correlationId: 'cmd-7', commandId: 'cmd-7', recordedAt: AT.toISOString(), schemaVersion: '2' },
    });
  });

  it('uses fresh ids without a commandId', () => {
    const a = buildMetadata(events, { expectedRevision: 'any', recordedAt: AT });
    const b = buildMetadata(events, { expectedRevision: 'any', recordedAt: AT });
    expect(toJsonEventInput(events[0], a[0]).id).not.toBe(toJsonEventInput(events[0], b[0]).id);
  });
});

describe('command record', () => {
  it('parses a well-formed record and rejects anything else', () => {
    const record = { streamId: 'plan-1', firstRevision: 3, lastRevision: 4, eventIds: ['a', 'b'] };
    expect(parseCommandRecord('cmd-1', record)).toEqual(record);
    expect(() => parseCommandRecord('cmd-1', { ...record, eventIds: ['a'] })).toThrow(/cmd-1 is malformed/);
    expect(() => parseCommandRecord('cmd-1', null)).toThrow(/malformed/);
    expect(() => parseCommandRecord('cmd-1', { ...record, streamId: 7 })).toThrow(/malformed/);
  });
});

describe('resubscription backoff', () => {
  const settings = { initialDelayMs: 100, maxDelayMs: 10_000 };

  it('doubles from the initial delay up to the cap (upper bound: random = 1)', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => resubscribeDelayMs(n, settings, () => 1))).toEqual([
      100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000,
    ]);
  });

  it('jitters within the upper half of each step', () => {
    expect([0, 3, 9].map((n) => resubscribeDelayMs(n, settings, () => 0))).toEqual([50, 400, 5000]);
    expect(resubscribeDelayMs(2, settings, () => 0.5)).toBe(300);
  });
});
