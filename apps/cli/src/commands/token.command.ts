import { type Command, InvalidArgumentError } from 'commander';
import { type AppConfig, loadConfig, parseDuration } from '@saferplan/config/app-config';
import { withDevelopmentSecret } from '@saferplan/identity/development-secret';
import { mintToken, ROLES, type Role } from '@saferplan/identity/tokens';

export interface TokenOptions {
  role: string[];
  partnership: string[];
  name?: string;
  sub?: string;
  /** Lifetime, e.g. 12h; at most AUTH_TOKEN_LIFETIME, which is also the default. */
  expires?: string;
}

/**
 * A local bearer token signed with the API's secret: AUTH_JWT_SECRET, or outside production the
 * one the API generated into DATA_DIR (so a token minted here works against `npm start`).
 */
export function mintLocalToken(config: AppConfig, options: TokenOptions): string {
  const secret = withDevelopmentSecret(config).authJwtSecret;
  if (!secret) throw new InvalidArgumentError('AUTH_JWT_SECRET is not set: local tokens need it (with OIDC only, ask your identity provider)');
  const roles = options.role.flatMap((role) => role.split(',')).map((role) => role.trim());
  for (const role of roles) if (!(ROLES as readonly string[]).includes(role)) throw new InvalidArgumentError(`--role must be one of ${ROLES.join(', ')} (got "${role}")`);
  if (roles.length === 0) throw new InvalidArgumentError(`--role is required (${ROLES.join(', ')})`);
  if (roles.includes('coordinator') && options.partnership.length === 0) {
    throw new InvalidArgumentError('--partnership <id> is required for a coordinator (repeat it for several)');
  }
  const lifetime = options.expires === undefined ? config.authTokenLifetimeSeconds : parseDuration(options.expires);
  if (lifetime === null) throw new InvalidArgumentError(`--expires must be a duration such as 3600, 30m, 12h or 7d (got "${options.expires}")`);
  // The API refuses a local token that lives longer than AUTH_TOKEN_LIFETIME; better to say so now.
  if (lifetime > config.authTokenLifetimeSeconds) {
    throw new InvalidArgumentError(`--expires must be at most AUTH_TOKEN_LIFETIME (${config.authTokenLifetimeSeconds} s; got "${options.expires}")`);
  }
  const sub = options.sub ?? `local-${roles.join('-')}`;
  const claims = { sub, name: options.name ?? sub, roles: roles as Role[], partnerships: options.partnership };
  return mintToken(secret, claims, lifetime, config.authTokenIssuer);
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerTokenCommand(program: Command): void {
  program
    .command('token')
    .description('print a local bearer token (HS256, signed with AUTH_JWT_SECRET or the development secret in DATA_DIR)')
    .option('--role <role>', `one of ${ROLES.join(', ')}; repeat or comma-separate for several`, collect, [])
    .option('--partnership <id>', 'a partnership a coordinator may write to; repeat for several', collect, [])
    .option('--name <name>', 'display name recorded beside every event (default: the subject)')
    .option('--sub <subject>', 'stable id recorded as the actor of every event (default: local-<roles>)')
    .option('--expires <duration>', 'lifetime, e.g. 30m, 12h or seconds; at most (and by default) AUTH_TOKEN_LIFETIME')
    .action((options: TokenOptions) => {
      try {
        process.stdout.write(`${mintLocalToken(loadConfig(), options)}\n`);
      } catch (error) {
        process.stderr.write(`saferplan token: ${(error as Error).message}\n`);
        process.exitCode = 1;
      }
    });
}
