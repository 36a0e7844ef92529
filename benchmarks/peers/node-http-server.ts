import { createServer } from 'node:http';

/**
 * The floor: node:http answering POST /graphql with a fixed JSON body. It reads the whole request
 * body first, as any GraphQL server must, and nothing else. PORT comes from the bench.
 */
const ANSWER = JSON.stringify({ data: { hello: 'world' } });

const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/graphql') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(ANSWER),
    });
    response.end(ANSWER);
  });
});
server.keepAliveTimeout = 72_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
