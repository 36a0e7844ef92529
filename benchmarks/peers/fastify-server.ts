import Fastify from 'fastify';

/** Bare Fastify (the version the API runs on) answering POST /graphql with a fixed body after parsing the JSON. */
const app = Fastify({ logger: false });
app.post('/graphql', async () => ({ data: { hello: 'world' } }));
void app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
