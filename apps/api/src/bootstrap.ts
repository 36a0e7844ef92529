import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LogLevel } from '@nestjs/common';
import { AppModule } from './app.module';
import type { AppConfig } from '@saferplan/config/app-config';
import { inputValidationPipe, plainTextArgumentPipe } from './graphql/validation.pipe';
import { registerGraphiQL } from './graphql/graphiql';
import { registerDashboard } from './dashboard/dashboard';
import { Authenticator } from './auth/authenticator';
import { withDevelopmentSecret } from '@saferplan/identity/development-secret';
import { registerAuthentication } from './auth/request-auth';
import { refuseOtherBodies, registerRateLimit } from './graphql/hardening/http-limits';

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the API server for a configuration; main.ts listens, tests use it directly. */
export async function createApp(givenConfig: AppConfig, logger: LogLevel[] | false = ['log', 'warn', 'error']) {
  const config = withDevelopmentSecret(givenConfig);
  // Proxy headers are anyone's to write: believed only from the proxies TRUST_PROXY names, or a
  // made-up X-Forwarded-For would give each request a fresh per-IP rate limit.
  const trustProxy = config.trustProxy.length > 0 ? config.trustProxy : false;
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger,
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  refuseOtherBodies(fastify, '/graphql');
  // Order matters: the token is verified first so the rate limit can count per user.
  registerAuthentication(fastify, new Authenticator(config));
  await registerRateLimit(fastify, config.rateLimitPerMinute);
  app.useGlobalPipes(inputValidationPipe, plainTextArgumentPipe);
  app.enableShutdownHooks();
  if (config.nodeEnv !== 'production') registerGraphiQL(app.getHttpAdapter().getInstance());
  registerDashboard(app.getHttpAdapter().getInstance());
  await app.init();
  return app;
}
