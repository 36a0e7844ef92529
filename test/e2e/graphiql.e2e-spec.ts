import { ApiHarness } from '../support/api-harness';

/** GraphiQL is served from our own bundle in development, and not at all in production. */
describe('GraphiQL (end to end)', () => {
  it('serves the page and every asset it loads from this server', async () => {
    const api = await ApiHarness.start({ nodeEnv: 'development' });
    try {
      const page = await fetch(`${api.baseUrl}/graphiql`);
      expect(page.status).toBe(200);
      const html = await page.text();
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
      expect(assets).toEqual([
        '/graphiql/assets/graphiql.css',
        '/graphiql/assets/react.js',
        '/graphiql/assets/react-dom.js',
        '/graphiql/assets/graphiql.js',
      ]);
      for (const asset of assets) {
        const response = await fetch(`${api.baseUrl}${asset}`);
        expect(response.status).toBe(200);
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    } finally {
      await api.stop();
    }
  });

  it('is absent in production', async () => {
    const api = await ApiHarness.start({ nodeEnv: 'production' });
    try {
      expect((await fetch(`${api.baseUrl}/graphiql`)).status).toBe(404);
    } finally {
      await api.stop();
    }
  });
});
