import { buildMetadata, deterministicEventId, storedMetadata, uuidV5 } from './event-metadata';

describe('event ids', () => {
  it('uuidV5 matches the RFC 4122 reference (python uuid5(NAMESPACE_DNS, "python.org"))', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('derives the same id for the same commandId and index, and different ids otherwise', () => {
    expect(deterministicEventId('cmd-1', 0)).toBe(deterministicEventId('cmd-1', 0));
    expect(deterministicEventId('cmd-1', 0)).not.toBe(deterministicEventId('cmd-1', 1));
    expect(deterministicEventId('cmd-1', 0)).not.toBe(deterministicEventId('cmd-2', 0));
    // Pinned: changing the namespace or the name format would break dedupe of retries in KurrentDB.
    expect(deterministicEventId('cmd-1', 0)).toBe(uuidV5('cmd-1/0', '4f8c2d0e-7a3b-5c1d-9e6f-2b8a4c6d0e1f'));
  });

  it('buildMetadata uses deterministic ids with a commandId and random ones without', () => {
    const events = [{ type: 'A', data: {}, schemaVersion: 1 }, { type: 'B', data: {}, schemaVersion: 2 }];
    const recordedAt = new Date('2018-09-04T10:00:00Z');
    const withCommand = buildMetadata(events, { expectedRevision: 'any', commandId: 'cmd-1', recordedAt });
    expect(withCommand.map((m) => m.eventId)).toEqual([deterministicEventId('cmd-1', 0), deterministicEventId('cmd-1', 1)]);
    const a = buildMetadata(events, { expectedRevision: 'any', recordedAt });
    const b = buildMetadata(events, { expectedRevision: 'any', recordedAt });
    expect(a[0].eventId).not.toBe(b[0].eventId);
    expect(a.map((m) => m.schemaVersion)).toEqual([1, 2]);
  });
});

describe('storedMetadata', () => {
  const old = { eventId: 'e1', actor: 'a', correlationId: 'c', causationId: null, commandId: null, recordedAt: '2018-09-04T10:00:00.000Z', schemaVersion: 1 };

  it('completes the parsed object in place, with the keys in the order a copy would have', () => {
    const parsed = JSON.parse(JSON.stringify(old));
    const copy = { ...old, actorName: null, recordedAt: '2018-09-04T10:00:00.123Z' };
    const metadata = storedMetadata(parsed, '2018-09-04T10:00:00.123Z');
    expect(metadata).toBe(parsed);
    expect(JSON.stringify(metadata)).toBe(JSON.stringify(copy));
    const named = storedMetadata(JSON.parse(JSON.stringify({ ...old, actorName: 'Ann' })));
    expect(JSON.stringify(named)).toBe(JSON.stringify({ ...old, actorName: 'Ann' }));
  });

  it('reads a recorded_at column given as text, a Date or epoch milliseconds as the same ISO text', () => {
    const at = '1969-12-31T23:59:59.999Z';
    for (const column of [at, new Date(at), Date.parse(at)]) expect(storedMetadata({ ...old }, column).recordedAt).toBe(at);
    expect(storedMetadata({ ...old }, Number.POSITIVE_INFINITY).recordedAt).toBe('Invalid Date');
  });
});
