import Fastify, { type FastifyInstance } from 'fastify';
import { REPLAYING_FIELDS, WHOLE_STORE_FIELDS } from './heavy-read-names';
import { currentRequest, mayReadHeavily, trackHeavyReadRequests } from './heavy-read-requests';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the request a heavy read is made for', () => {
  let app: FastifyInstance;

  beforeEach(async () => {
    app = Fastify();
    trackHeavyReadRequests(app);
    // Like a resolver: several turns of the event loop later, asks whose read it is.
    const handler = async (request: object) => {
      await tick();
      await Promise.resolve();
      await tick();
      return { same: currentRequest() === request, known: currentRequest() !== undefined };
    };
    app.post('/graphql', handler);
    app.get('/board-packs/:id', handler);
    await app.ready();
  });

  afterEach(() => app.close());

  const ask = (query: string) => app.inject({ method: 'POST', url: '/graphql', payload: { query } }).then((reply) => reply.json());

  it('is known to a replay, each concurrent request its own, and again after none was in flight', async () => {
    const answers = await Promise.all([ask('{ progress(asOf: "2026-01-01T00:00:00Z") { percent } }'), ask('{ verifyAuditTrail { ok } }'), ask('query($t: DateTime) { partnerships(asOf: $t) { id } }')]);
    expect(answers).toEqual([{ same: true, known: true }, { same: true, known: true }, { same: true, known: true }]);
    expect(await ask('{ verifySeal(id: "q1") { ok } }')).toEqual({ same: true, known: true });
    expect((await app.inject({ method: 'GET', url: '/board-packs/p1' })).json()).toEqual({ same: true, known: true });
  });

  it('is not tracked for a document that cannot replay (no promise hooks for ordinary requests)', async () => {
    expect(await ask('{ partnerships { id } }')).toEqual({ same: false, known: false });
  });

  it('takes every heavy field and the replay argument query-shape prices, and any body it cannot read', () => {
    for (const field of [...WHOLE_STORE_FIELDS, ...REPLAYING_FIELDS]) expect(mayReadHeavily({ url: '/graphql', body: { query: `{ ${field} { ok } }` } })).toBe(true);
    expect(mayReadHeavily({ url: '/graphql', body: { query: '{ changesSince(partnershipId: "nwl", since: "2026-01-01T00:00:00Z") { id } }' } })).toBe(true);
    expect(mayReadHeavily({ url: '/graphql', body: { query: '{ action(id: "a", asOf: $t) { id } }' } })).toBe(true);
    expect(mayReadHeavily({ url: '/graphql?x=1', body: undefined })).toBe(true);
    expect(mayReadHeavily({ url: '/graphql', body: [{ query: '{ a }' }] })).toBe(true);
    expect(mayReadHeavily({ url: '/graphql', body: { query: '{ myActions { id } }' } })).toBe(false);
    expect(mayReadHeavily({ url: '/auth/callback', body: undefined })).toBe(false);
  });
});
