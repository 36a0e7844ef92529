import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the web dashboard built by apps/web/build.mjs (`npm run build:web`) from dist/web:
 * index.html at `/` (never cached, so a new build is picked up at once) and content-hashed
 * assets under `/assets/` (cached for a year: a changed file gets a new name).
 */
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const ASSET_NAME = /^[A-Za-z0-9._-]+$/;

/** dist/web of the project: found upwards from this file, so it works from src (tests) and dist. */
export function findDashboardDir(from = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'dist', 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

export function registerDashboard(fastify: FastifyInstance, dir: string | null = findDashboardDir()): void {
  fastify.get('/', async (_request, reply) => {
    const index = dir ? join(dir, 'index.html') : null;
    if (!index || !existsSync(index)) {
      return reply.code(404).type('text/plain; charset=utf-8').send('The dashboard is not built: run `npm run build:web`.');
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(readFileSync(index));
  });
  fastify.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const { name } = request.params;
    const type = CONTENT_TYPES[extname(name)];
    const assets = dir ? join(dir, 'assets') : null;
    // Names come from a directory listing, never from joining user input onto a path.
    if (!assets || !type || !ASSET_NAME.test(name) || !existsSync(assets) || !readdirSync(assets).includes(name)) {
      return reply.code(404).send({ message: 'No such dashboard asset' });
    }
    return reply
      .type(type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(readFileSync(join(assets, name)));
  });
}
