import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * GraphiQL for development, served entirely from our own node_modules (GraphiQL 3 and React 18
 * UMD builds) so it works on machines with no internet access. Never registered in production.
 */
// Paths are relative to each package's main file: their `exports` maps hide these files from require.resolve.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'application/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'application/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'index.umd.js', type: 'application/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'style.css', type: 'text/css' },
};

function assetPath(asset: { pkg: string; file: string }): string {
  return join(dirname(require.resolve(asset.pkg)), asset.file);
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>SaferPlan GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/assets/graphiql.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/assets/react.js"></script>
  <script src="/graphiql/assets/react-dom.js"></script>
  <script src="/graphiql/assets/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const defaultQuery = '# SaferPlan: progress per priority\\n{\\n  progress(financialYear: "2017/18") {\\n    partnership { name }\\n    priority { title }\\n    progress { actions completed onTrack atRisk offTrack notStarted milestonesOverdue percentComplete }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql'))
      .render(React.createElement(GraphiQL, { fetcher, defaultQuery }));
  </script>
</body>
</html>`;

export function registerGraphiQL(fastify: FastifyInstance): void {
  const cache = new Map<string, Buffer>();
  fastify.get('/graphiql', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  fastify.get<{ Params: { name: string } }>('/graphiql/assets/:name', async (request, reply) => {
    const asset = ASSETS[request.params.name];
    if (!asset) return reply.code(404).send({ message: 'No such GraphiQL asset' });
    const path = assetPath(asset);
    let body = cache.get(path);
    if (!body) {
      body = readFileSync(path);
      cache.set(path, body);
    }
    return reply.type(asset.type).header('cache-control', 'public, max-age=86400').send(body);
  });
}
