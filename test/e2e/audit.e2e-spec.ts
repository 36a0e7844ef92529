import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiHarness } from '../support/api-harness';

const EVENT_FIELDS = 'position streamId revision type data actor actorName recordedAt correlationId causationId';

/** Auditors: the event log API, hash-chain verification and quarter seals over the demo. */
describe('audit (end to end)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
  });

  afterAll(() => api.stop());

  async function allEvents(filter: Record<string, unknown> = {}): Promise<any[]> {
    const nodes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const { events }: any = await api.ok(
        `query($f: EventFilter, $a: String) { events(filter: $f, after: $a, first: 500) { nodes { ${EVENT_FIELDS} } pageInfo { endCursor hasNextPage } } }`,
        { f: filter, a: after },
      );
      nodes.push(...events.nodes);
      if (!events.pageInfo.hasNextPage) return nodes;
      after = events.pageInfo.endCursor;
    }
  }

  it('pages through the global log in position order with cursors', async () => {
    const everything = await allEvents();
    const { events: firstPage } = await api.ok(`{ events(first: 7) { nodes { position } pageInfo { endCursor hasNextPage } } }`);
    expect(firstPage.nodes.map((n: any) => n.position)).toEqual(everything.slice(0, 7).map((e) => e.position));
    expect(firstPage.pageInfo).toEqual({ endCursor: everything[6].position, hasNextPage: true });
    const { events: next } = await api.ok(`query($a: String) { events(after: $a, first: 3) { nodes { position } } }`, { a: everything[6].position });
    expect(next.nodes.map((n: any) => n.position)).toEqual(everything.slice(7, 10).map((e) => e.position));
    const positions = everything.map((e) => Number(e.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('filters by stream, type, actor and recordedAt (inclusive) in the store', async () => {
    const everything = await allEvents();
    const update = everything.find((e) => e.type === 'QuarterlyUpdateRecorded');
    expect(await allEvents({ streamId: update.streamId })).toEqual(everything.filter((e) => e.streamId === update.streamId));
    expect(await allEvents({ type: 'QuarterlyUpdateCorrected' })).toEqual(everything.filter((e) => e.type === 'QuarterlyUpdateCorrected'));
    expect(await allEvents({ actor: update.actor })).toEqual(everything.filter((e) => e.actor === update.actor));
    const from = '2017-07-01T00:00:00.000Z';
    const to = update.recordedAt;
    expect(await allEvents({ from, to })).toEqual(everything.filter((e) => e.recordedAt >= from && e.recordedAt <= to));
    expect(update).toMatchObject({ revision: expect.any(Number), correlationId: expect.any(String) });
    expect(JSON.parse(update.data)).toHaveProperty('quarter');
  });

  it('refuses a page larger than 500 and a malformed cursor, naming the argument', async () => {
    const tooMany = await api.gql(`{ events(first: 501) { nodes { position } } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.errors?.[0].message).toBe('First must be from 1 to 500');
    const badCursor = await api.gql(`{ events(after: "abc") { nodes { position } } }`);
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('verifies every hash chain of the demo', async () => {
    const everything = await allEvents();
    const { verifyAuditTrail } = await api.ok(`{ verifyAuditTrail { ok eventsChecked problems { streamId position reason } } }`);
    expect(verifyAuditTrail).toEqual({ ok: true, eventsChecked: everything.length, problems: [] });
  });

  it('seals a quarter once, with a printable root, and proves it intact; a second seal is a CONFLICT', async () => {
    const before = await allEvents();
    const { sealQuarter } = await api.ok(
      `mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "Q1" }) { financialYear quarter merkleRoot shortRoot streamCount eventCount throughPosition sealedAt } }`,
    );
    expect(sealQuarter).toMatchObject({ financialYear: '2017/18', quarter: '2017/18 Q1', eventCount: before.length, throughPosition: before[before.length - 1].position });
    expect(sealQuarter.streamCount).toBe(new Set(before.map((e) => e.streamId)).size);
    expect(sealQuarter.merkleRoot).toMatch(/^[0-9a-f]{64}$/);
    expect(sealQuarter.shortRoot).toBe(sealQuarter.merkleRoot.slice(0, 16).match(/.{4}/g).join('-'));

    const again = await api.gql(`mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "2017/18 Q1" }) { merkleRoot } }`);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const { events } = await api.ok(`{ events(filter: { type: "QuarterSealed" }) { nodes { streamId } } }`);
    expect(events.nodes).toEqual([{ streamId: 'seal-2017-18-Q1' }]);

    const { verifySeal } = await api.ok(`{ verifySeal(financialYear: "2017/18", quarter: "Q1") { intact recomputedRoot problems { reason } seal { merkleRoot } } }`);
    expect(verifySeal).toEqual({ intact: true, recomputedRoot: sealQuarter.merkleRoot, problems: [], seal: { merkleRoot: sealQuarter.merkleRoot } });

    const wrongYear = await api.gql(`mutation { sealQuarter(input: { financialYear: "2017/18", quarter: "2018/19 Q2" }) { merkleRoot } }`);
    expect(wrongYear.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quarter' });
    const unsealed = await api.gql(`{ verifySeal(financialYear: "2017/18", quarter: "Q2") { intact } }`);
    expect(unsealed.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('after a sealed stream loses its last event (invisible to the chain alone) the seal and verifyAuditTrail report it', async () => {
    const everything = await allEvents();
    const victim = everything.filter((e) => e.type === 'QuarterlyUpdateRecorded').pop();
    const seal = everything.find((e) => e.type === 'QuarterSealed');
    await api.stop({ keepData: true });
    const db = new Database(join(api.config.dataDir, 'events.sqlite'));
    const lastRevision = (db.prepare('SELECT MAX(revision) AS r FROM events WHERE stream_id = ?').get(victim.streamId) as { r: number }).r;
    db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = ?').run(victim.streamId, lastRevision);
    db.close();
    await api.restart();

    const { verifySeal } = await api.ok(`{ verifySeal(financialYear: "2017/18", quarter: "Q1") { intact problems { streamId position reason } } }`);
    expect(verifySeal.intact).toBe(false);
    expect(verifySeal.problems).toEqual([
      { streamId: 'seal-2017-18-Q1', position: seal.position, reason: expect.stringMatching(/^the log sealed for 2017\/18 Q1 no longer gives its root/) },
    ]);
    const { verifyAuditTrail } = await api.ok(`{ verifyAuditTrail { ok eventsChecked problems { streamId position } } }`);
    expect(verifyAuditTrail).toEqual({ ok: false, eventsChecked: everything.length - 1, problems: [{ streamId: 'seal-2017-18-Q1', position: seal.position }] });
  });

  it('an edited event is reported by verifyAuditTrail at its stream and position', async () => {
    const everything = await allEvents();
    const victim = everything.find((e) => e.type === 'ActionCreated');
    await api.stop({ keepData: true });
    const db = new Database(join(api.config.dataDir, 'events.sqlite'));
    db.prepare(`UPDATE events SET data = json_set(data, '$.title', 'Rewritten') WHERE position = ?`).run(Number(victim.position));
    db.close();
    await api.restart();
    const { verifyAuditTrail } = await api.ok(`{ verifyAuditTrail { ok problems { streamId position reason } } }`);
    expect(verifyAuditTrail.ok).toBe(false);
    expect(verifyAuditTrail.problems).toContainEqual({
      streamId: victim.streamId,
      position: victim.position,
      reason: 'hash does not match the content: data or metadata altered after recording',
    });
  });
});
