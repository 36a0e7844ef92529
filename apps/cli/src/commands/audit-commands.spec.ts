import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '@saferplan/event-store';
import { ApiHarness } from '@saferplan/test-support/api-harness';
import { type CliContext, type CliOutput, openCliContext } from '../cli-context';
import { runExport } from './export.command';
import { runRebuild } from './rebuild.command';
import { parseAsOf, runReplay } from './replay.command';
import { runVerify } from './verify.command';

/** The auditors' CLI commands against a store holding the demo, as the API left it. */
describe('CLI audit commands over the demo', () => {
  let api: ApiHarness;
  let context: CliContext;
  let lines: string[];
  let errors: string[];
  const io: CliOutput = { out: (text) => lines.push(...text.split('\n')), err: (text) => errors.push(text) };

  beforeAll(async () => {
    api = await ApiHarness.start({ loadDemo: true });
    await api.stop({ keepData: true });
    context = await openCliContext(api.config);
  });

  beforeEach(() => {
    lines = [];
    errors = [];
  });

  afterAll(async () => {
    await context.close();
    await api.stop();
  });

  it('export writes every event as one JSON line, in position order, with its hash', async () => {
    const written: string[] = [];
    const count = await runExport(context, (line) => void written.push(line));
    const all = await context.store.readAll();
    expect(count).toBe(all.length);
    expect(written.every((line) => line.endsWith('\n'))).toBe(true);
    const parsed = written.map((line) => JSON.parse(line));
    expect(parsed).toEqual(all.map(({ position, streamId, revision, type, data, metadata }) => ({ position, streamId, revision, type, data, metadata })));
    expect(parsed[0].metadata.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rebuild reports the rebuilt read model identical to the incremental one', async () => {
    const all = await context.store.readAll();
    expect(await runRebuild(context, io)).toBe(true);
    expect(lines).toEqual([`Rebuilt the read model from ${all.length} events: identical to the incremental read model.`]);
  });

  it('replay prints the progress table as recorded at a date, for one partnership', async () => {
    const partnership = context.projector.queries.partnerships().find((p) => p.name === 'Safer North West Partnership')!;
    const asOf = parseAsOf('2017-10-15');
    expect(await runReplay(context, { asOf, partnershipId: partnership.id }, io)).toBe(true);
    expect(lines[0]).toBe('Progress as recorded at 2017-10-15T00:00:00.000Z (milestones overdue as of 2017-10-15)');
    expect(lines[1]).toMatch(/^Partnership +\| Priority +\| Actions \| Done \| On track \| At risk \| Off track \| Not started \| Milestones \| Reached \| Overdue \| % complete$/);
    const rows = lines.slice(3);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.startsWith(partnership.name.slice(0, 20)))).toBe(true);
    // Each figure is the as-of answer of the read model folded up to that moment.
    const { readModelAsOf } = await import('@saferplan/projections');
    const model = await readModelAsOf(context.store, asOf);
    const expected = model.progress({ partnershipId: partnership.id }, '2017-10-15');
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const cells = row.split('|').map((cell) => cell.trim());
      const p = expected[i].progress;
      expect(cells.slice(2)).toEqual([p.actions, p.completed, p.onTrack, p.atRisk, p.offTrack, p.notStarted, p.milestones, p.milestonesReached, p.milestonesOverdue].map(String).concat(`${p.percentComplete.toFixed(1)}%`));
    });
  });

  it('replay before a partnership existed says so and fails', async () => {
    const partnership = context.projector.queries.partnerships()[0];
    expect(await runReplay(context, { asOf: parseAsOf('2000-01-01'), partnershipId: partnership.id }, io)).toBe(false);
    expect(errors).toEqual([`No partnership ${partnership.id} was recorded by 2000-01-01T00:00:00.000Z`]);
  });

  it('replay refuses a malformed --as-of', () => {
    expect(() => parseAsOf('04/09/2017')).toThrow('--as-of must be an ISO date or instant, e.g. 2017-09-04 or 2017-09-04T10:00:00Z (got "04/09/2017")');
  });

  it('every event the demo loader wrote carries the server signature, and verify reports a forged append with a valid chain', async () => {
    const all = await context.store.readAll();
    expect(all.every((event) => typeof event.metadata.witness === 'string')).toBe(true);
    // Someone with the database file and this code, but not the signing key.
    const forger = await SqliteEventStore.open({ dataDir: api.config.dataDir });
    const target = all.find((e) => e.type === 'QuarterlyUpdateRecorded')!;
    const [forged] = (await forger.append(target.streamId, [{ type: 'QuarterlyUpdateRecorded', data: { ...target.data, percentComplete: 100 }, schemaVersion: 1 }], { expectedRevision: 'any', recordedAt: new Date('2017-10-01T00:00:00Z') })).events;
    try {
      expect(await runVerify(context, io)).toBe(false);
      expect(lines).toEqual([
        `Audit trail BROKEN: ${all.length + 1} events checked, 1 problem(s):`,
        `  ${forged.streamId} at position ${forged.position}: unsigned: it carries no signature of the appending server, though every event from the first signed one on must: written behind the server's back, or its signature removed`,
      ]);
    } finally {
      // Put the store back as the API left it, for the cases after this one.
      await forger.close();
      const db = new Database(join(api.config.dataDir, 'events.sqlite'));
      db.prepare('DELETE FROM events WHERE position = ?').run(forged.position);
      db.close();
    }
  });

  it('verify passes on the untouched demo and fails, naming stream and position, after an edit', async () => {
    const all = await context.store.readAll();
    expect(await runVerify(context, io)).toBe(true);
    expect(lines).toEqual([`Audit trail intact: ${all.length} events checked, every hash chain, server signature and quarter seal verified.`]);

    const victim = all.find((e) => e.type === 'QuarterlyUpdateRecorded')!;
    const db = new Database(join(api.config.dataDir, 'events.sqlite'));
    db.prepare(`UPDATE events SET data = json_set(data, '$.percentComplete', 100) WHERE position = ?`).run(victim.position);
    db.close();
    lines = [];
    expect(await runVerify(context, io)).toBe(false);
    expect(lines).toEqual([
      `Audit trail BROKEN: ${all.length} events checked, 1 problem(s):`,
      `  ${victim.streamId} at position ${victim.position}: hash does not match the content: data or metadata altered after recording`,
    ]);
  });
});
