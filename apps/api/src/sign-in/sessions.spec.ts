import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema, freshTestSchema } from '@saferplan/event-store/postgres/postgres-test-schema';
import { describeWithService } from '@saferplan/event-store/testing/service-suite';
import { PostgresSessionRows } from './postgres-session-rows';
import type { SessionRows } from './session-rows';
import { Sessions } from './sessions';
import { SqliteSessionRows } from './sqlite-session-rows';

const MINUTE = 60_000;
const POLICY = { idleSeconds: 30 * 60, lifetimeSeconds: 12 * 3600 };
const CLAIMS = { sub: 'oidc|sam', name: 'Sam Patel', email: 'sam.patel@nwleics.example', email_verified: true };

/** The same rules over every place sessions are kept; the clock is a variable, nobody sleeps. */
function sessionRules(name: string, open: () => Promise<{ rows: () => Promise<SessionRows>; cleanUp: () => Promise<void> }>) {
  describe(`sessions (${name})`, () => {
    let now: number;
    let rows: () => Promise<SessionRows>;
    let cleanUp: () => Promise<void>;
    const opened: SessionRows[] = [];
    const sessions = async () => {
      const store = await rows();
      opened.push(store);
      return new Sessions(store, POLICY, () => now);
    };

    beforeEach(async () => {
      now = Date.UTC(2026, 11, 2, 9, 0);
      ({ rows, cleanUp } = await open());
    });
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await cleanUp();
    });

    it('finds a started session by its id, with its claims and a CSRF token of its own', async () => {
      const store = await sessions();
      const started = await store.start(CLAIMS, 'id.token.here');
      const other = await store.start({ sub: 'other' }, null);
      expect(started.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(started.csrfToken).not.toBe(other.csrfToken);
      expect(await store.find(started.id)).toEqual({ claims: CLAIMS, csrfToken: started.csrfToken, idToken: 'id.token.here', endsAt: now + 12 * 3600_000 });
      expect(await store.find('not-a-session')).toBeNull();
    });

    it('survives a restart and is shared by a second instance on the same store', async () => {
      const first = await sessions();
      const { id } = await first.start(CLAIMS, null);
      const second = await sessions();
      expect((await second.find(id))?.claims).toEqual(CLAIMS);
      await second.end(id);
      expect(await first.find(id)).toBeNull();
    });

    it('ends after 30 minutes without a request, but not while it is in use', async () => {
      const store = await sessions();
      const { id } = await store.start(CLAIMS, null);
      now += 29 * MINUTE;
      expect(await store.find(id)).not.toBeNull();
      now += 29 * MINUTE; // 58 minutes after sign-in, 29 after the last request
      expect(await store.find(id)).not.toBeNull();
      now += 30 * MINUTE;
      expect(await store.find(id)).toBeNull();
      now -= 30 * MINUTE; // gone for good, even if the clock were to step back
      expect(await store.find(id)).toBeNull();
    });

    it('ends 12 hours after sign-in however busy it is', async () => {
      const store = await sessions();
      const { id } = await store.start(CLAIMS, null);
      for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
        now += 20 * MINUTE;
        expect(await store.find(id)).not.toBeNull();
      }
      now += 20 * MINUTE;
      expect(await store.find(id)).toBeNull();
    });

    it('ends at sign-out', async () => {
      const store = await sessions();
      const { id } = await store.start(CLAIMS, 'id.token');
      expect((await store.end(id))?.idToken).toBe('id.token');
      expect(await store.find(id)).toBeNull();
      expect(await store.end(id)).toBeNull();
    });
  });
}

sessionRules('SQLite file in DATA_DIR', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-sessions-'));
  return { rows: async () => new SqliteSessionRows(dataDir), cleanUp: async () => rmSync(dataDir, { recursive: true, force: true }) };
});

describe('the SQLite session file', () => {
  it('keeps only the hash of a session id, never the id the cookie carries', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'saferplan-sessions-'));
    const rows = new SqliteSessionRows(dataDir);
    const { id } = await new Sessions(rows, POLICY).start(CLAIMS, null);
    await rows.close();
    const file = ['sessions.sqlite', 'sessions.sqlite-wal'].map((name) => {
      try {
        return readFileSync(join(dataDir, name)).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(file.join('')).toContain('sam.patel@nwleics.example');
    expect(file.join('')).not.toContain(id);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describeWithService('postgres', 'sessions (PostgreSQL)', (connectionString) => {
  sessionRules('PostgreSQL table', async () => {
    const schema = freshTestSchema();
    return { rows: () => PostgresSessionRows.connect({ connectionString, schema }), cleanUp: () => dropSchema(connectionString, schema) };
  });
});
