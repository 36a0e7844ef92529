import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The framework floor for the API: NestJS + Fastify adapter + @nestjs/mercurius, code first, one
 * `hello` query. The same package versions as the API and its framework options (graphiql off,
 * batching off, no JIT, no schema sorting, the same body limit); none of our own hooks, guards,
 * pipes, validation rules or error formatting, which are what the comparison measures.
 */
@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      autoSchemaFile: true,
      sortSchema: false,
      graphiql: false,
      path: '/graphql',
      allowBatchedQueries: false,
    }),
  ],
  providers: [HelloResolver],
})
class HelloModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(
    HelloModule,
    new FastifyAdapter({ bodyLimit: 1024 * 1024 }),
    { logger: false },
  );
  app.enableShutdownHooks();
  await app.listen(Number(process.env.PORT), '127.0.0.1');
}

void main();
