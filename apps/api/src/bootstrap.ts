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
import { trackHeavyReadRequests } from './heavy-reads/heavy-read-requests';
import { PlanProjector } from '@saferplan/projections';
import { OidcRelyingParty } from './sign-in/oidc-relying-party';
import { openSessionRows } from './sign-in/open-session-rows';
import { Sessions } from './sign-in/sessions';
import { SessionCookies } from './sign-in/session-cookies';
import { registerSignIn } from './sign-in/sign-in-routes';
import { demoSignIn } from './demo/demo-sign-in';
import { matchSignedInPerson } from './people/sign-in-match';
import { PeopleDirectory } from './people/people-directory';
import { CommandWriter } from './common/command-writer';
import { EVENT_STORE } from '@saferplan/config/tokens';

export interface AppOptions {
  /** The clock browser sessions expire by (tests move it instead of waiting). */
  sessionClock?: () => number;
}

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the API server for a configuration; main.ts listens, tests use it directly. */
export async function createApp(givenConfig: AppConfig, logger: LogLevel[] | false = ['log', 'warn', 'error'], options: AppOptions = {}) {
  const config = withDevelopmentSecret(givenConfig);
  // Before anything opens: an issuer that cannot be read stops start-up with a ConfigError.
  const relyingParty = config.authOidcClientId
    ? await OidcRelyingParty.discover({
        issuer: config.authOidcIssuer!,
        clientId: config.authOidcClientId,
        clientSecret: config.authOidcClientSecret,
        redirectUri: `${config.publicUrl}/auth/callback`,
      })
    : null;
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
  const sessions = new Sessions(
    await openSessionRows(config),
    { idleSeconds: config.authSessionIdleSeconds, lifetimeSeconds: config.authSessionLifetimeSeconds },
    options.sessionClock,
  );
  fastify.addHook('onClose', () => sessions.close());
  const cookies = new SessionCookies(sessions, config.publicUrl);
  // Bearer tokens from the sign-in issuer are accepted too, with the keys its discovery names.
  const authJwksUrl = config.authJwksUrl ?? relyingParty?.metadata.jwks_uri ?? null;
  // Order matters: the token is verified first so the rate limit can count per user.
  const people = matchSignedInPerson(() => app.get(EVENT_STORE), () => app.get(CommandWriter));
  registerAuthentication(fastify, new Authenticator({ ...config, authJwksUrl }), cookies, people);
  await registerRateLimit(fastify, config.rateLimitPerMinute);
  trackHeavyReadRequests(fastify); // heavy reads count against the caller's own allowance
  app.useGlobalPipes(inputValidationPipe, plainTextArgumentPipe);
  app.enableShutdownHooks();
  if (config.nodeEnv !== 'production') registerGraphiQL(app.getHttpAdapter().getInstance());
  registerDashboard(app.getHttpAdapter().getInstance());
  // The demo's people sign in with a click only where nobody could mistake it for real sign-in.
  const demo = !config.authOidcClientId && config.nodeEnv !== 'production' ? demoSignIn(() => app.get(PlanProjector).queries) : null;
  registerSignIn(fastify, { config, sessions, cookies, relyingParty, demo });
  await app.init();
  const projector = app.get(PlanProjector);
  PeopleDirectory.of(app.get(EVENT_STORE)).followKnownPosition(() => projector.knownPosition);
  return app;
}
