import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@saferplan/config/app-config';
import { createApp } from './bootstrap';
import { APP_CONFIG } from '@saferplan/config/tokens';
import type { AppConfig } from '@saferplan/config/app-config';
import { mintToken } from '@saferplan/identity/tokens';
import { signInSummary } from './sign-in/sign-in-summary';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`SaferPlan cannot start: invalid configuration: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config).catch((error: unknown) => {
    // An identity provider that cannot be read at start is a configuration problem too.
    if (!(error instanceof ConfigError)) throw error;
    console.error(`SaferPlan cannot start: ${error.message}`);
    process.exit(1);
  });
  await app.listen(config.port, '0.0.0.0');
  const logger = new Logger('SaferPlan');
  logger.log(signInSummary(config));
  logger.log(`GraphQL API on http://localhost:${config.port}/graphql (store: ${config.eventStore}, data: ${config.dataDir})`);
  if (config.nodeEnv !== 'production') logger.log(`GraphiQL on http://localhost:${config.port}/graphiql`);
  const secret = app.get<AppConfig>(APP_CONFIG).authJwtSecret; // generated into DATA_DIR in development
  if (config.nodeEnv !== 'production' && secret) {
    const lifetime = config.authTokenLifetimeSeconds;
    const token = mintToken(secret, { sub: 'dev-admin', name: 'Development admin', roles: ['admin'] }, lifetime, config.authTokenIssuer);
    logger.log(`Development admin token (${lifetime / 3600} h; send as Authorization: Bearer <token>): ${token}`);
  }
}

main().catch((error) => {
  console.error('SaferPlan failed to start:', error);
  process.exit(1);
});
