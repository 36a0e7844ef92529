import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { isPlainSchemaName } from '@saferplan/event-store/postgres/postgres-schema';

export type EventStoreKind = 'sqlite' | 'postgres' | 'kurrentdb';

export interface AppConfig {
  port: number;
  dataDir: string;
  eventStore: EventStoreKind;
  databaseUrl: string | null;
  /** PostgreSQL schema of the event store and the read models (DATABASE_SCHEMA, default saferplan). */
  databaseSchema: string;
  kurrentDbConnectionString: string | null;
  authJwtSecret: string | null;
  /** OIDC (e.g. Microsoft Entra ID): tokens signed by this issuer's keys are accepted too. */
  authOidcIssuer: string | null;
  authJwksUrl: string | null;
  authOidcAudience: string | null;
  /** Browser sign-in (issue 16): this app's client id at the issuer; null: no browser sign-in through OIDC. */
  authOidcClientId: string | null;
  /** Confidential clients only; a public client signs in with PKCE alone. */
  authOidcClientSecret: string | null;
  /** What the sign-in button calls the issuer ("Sign in with ..."); default the issuer's host name. */
  authOidcName: string | null;
  /** The address users reach the server at; the redirect URI is PUBLIC_URL + /auth/callback. */
  publicUrl: string | null;
  /** A browser session ends after this many seconds without a request (AUTH_SESSION_IDLE, default 30 min). */
  authSessionIdleSeconds: number;
  /** ... and this many seconds after sign-in whatever happens (AUTH_SESSION_LIFETIME, default 12 h). */
  authSessionLifetimeSeconds: number;
  /** Longest lifetime of a local (HS256) token, in seconds; tokens without `exp` are refused. */
  authTokenLifetimeSeconds: number;
  /** `iss` of local tokens: what the CLI and the development token carry, and all that is accepted. */
  authTokenIssuer: string;
  /** Requests per minute per signed-in user (else per IP address). */
  rateLimitPerMinute: number;
  /**
   * Proxies whose X-Forwarded-For / -Proto / -Host are believed (addresses, CIDR ranges or
   * loopback, linklocal, uniquelocal); empty: none, the client is the connection's peer.
   */
  trustProxy: string[];
  nodeEnv: string;
  /** The Ed25519 private key (PEM) that signs Merkle tree heads, kept outside the database; required in production. */
  auditSigningKeyFile: string | null;
  /** The demo loads into an empty store unless this is a production (or test) run. */
  loadDemo: boolean;
  /**
   * How long a write waits for the read model to show it (READ_MODEL_WAIT_MS, default 10000).
   * A stored write is answered as done either way; past this it is answered from its own events.
   */
  readModelWaitMs: number;
  /**
   * Worker threads that answer heavy reads (as-of replays, whole-store verification) off the
   * request thread (HEAVY_READ_WORKERS, default 1). 0, only settable in code (specs), answers them
   * on the request thread.
   */
  heavyReadWorkers: number;
  /** Requests with heavy reads one signed-in user may have running or waiting at once (HEAVY_READS_PER_USER, default 2). */
  heavyReadsPerUser: number;
  /** Heavy reads waiting for a worker, all users together, before more are refused (HEAVY_READ_QUEUE, default 32). */
  heavyReadQueue: number;
  /** Reminders by email (issue 17): smtp:// or smtps:// URL of the mail server; null: no SMTP. */
  smtpUrl: string | null;
  /** The From address of every mail (MAIL_FROM). */
  mailFrom: string;
  /** Minutes between the server's own reminder runs (REMINDER_INTERVAL_MINUTES); null: the server does not send on its own. */
  reminderIntervalMinutes: number | null;
}

/** Invalid configuration stops start-up with a message naming the variable. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const EVENT_STORES: readonly EventStoreKind[] = ['sqlite', 'postgres', 'kurrentdb'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV?.trim() || 'development';
  const port = parsePort(env.PORT);
  const eventStore = (env.EVENT_STORE?.trim() || 'sqlite') as EventStoreKind;
  if (!EVENT_STORES.includes(eventStore)) {
    throw new ConfigError('EVENT_STORE', `must be one of ${EVENT_STORES.join(', ')} (got "${env.EVENT_STORE}")`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// connection URL');
  }
  if (eventStore === 'postgres' && !databaseUrl) {
    throw new ConfigError('DATABASE_URL', 'is required when EVENT_STORE=postgres');
  }
  const databaseSchema = env.DATABASE_SCHEMA?.trim() || 'saferplan';
  if (!isPlainSchemaName(databaseSchema)) {
    throw new ConfigError(
      'DATABASE_SCHEMA',
      `must be a plain SQL identifier: a letter or _, then letters, digits or _, at most 63 characters (got "${env.DATABASE_SCHEMA}")`,
    );
  }
  const kurrentDbConnectionString = env.KURRENTDB_CONNECTION_STRING?.trim() || null;
  if (kurrentDbConnectionString && !/^(kurrentdb|kdb|esdb|eventstore|kurrent)(\+discover)?:\/\//.test(kurrentDbConnectionString)) {
    throw new ConfigError('KURRENTDB_CONNECTION_STRING', 'must be a kurrentdb:// (or esdb://) connection string');
  }
  if (eventStore === 'kurrentdb' && !kurrentDbConnectionString) {
    throw new ConfigError('KURRENTDB_CONNECTION_STRING', 'is required when EVENT_STORE=kurrentdb');
  }
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const authJwtSecret = env.AUTH_JWT_SECRET?.trim() || null;
  const authOidcIssuer = httpsUrl(env, 'AUTH_OIDC_ISSUER');
  const authJwksUrl = httpsUrl(env, 'AUTH_JWKS_URL');
  const authOidcAudience = env.AUTH_OIDC_AUDIENCE?.trim() || null;
  const authOidcClientId = env.AUTH_OIDC_CLIENT_ID?.trim() || null;
  const authOidcClientSecret = env.AUTH_OIDC_CLIENT_SECRET?.trim() || null;
  const authOidcName = env.AUTH_OIDC_NAME?.trim() || null;
  const publicUrl = publicAddress(env);
  if (authOidcClientId && !authOidcIssuer) throw new ConfigError('AUTH_OIDC_ISSUER', 'is required when AUTH_OIDC_CLIENT_ID is set');
  if (authOidcClientSecret && !authOidcClientId) throw new ConfigError('AUTH_OIDC_CLIENT_ID', 'is required when AUTH_OIDC_CLIENT_SECRET is set');
  if (authOidcClientId && !publicUrl) throw new ConfigError('PUBLIC_URL', 'is required when AUTH_OIDC_CLIENT_ID is set: the redirect URI is PUBLIC_URL/auth/callback');
  // With a client id the keys' address comes from the issuer's discovery document.
  if (authOidcIssuer && !authJwksUrl && !authOidcClientId) {
    throw new ConfigError('AUTH_JWKS_URL', 'is required when AUTH_OIDC_ISSUER is set (unless AUTH_OIDC_CLIENT_ID is, then it comes from discovery)');
  }
  if (authJwksUrl && !authOidcIssuer) throw new ConfigError('AUTH_OIDC_ISSUER', 'is required when AUTH_JWKS_URL is set');
  // A short or missing shared secret would let anyone who guesses it mint an admin token.
  if (nodeEnv === 'production' && (authJwtSecret ? authJwtSecret.length < MIN_SECRET_LENGTH : !authOidcIssuer)) {
    throw new ConfigError('AUTH_JWT_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters in production (or leave it unset and configure AUTH_OIDC_ISSUER with AUTH_JWKS_URL or AUTH_OIDC_CLIENT_ID)`);
  }
  const authTokenLifetimeSeconds = parseLifetime(env, 'AUTH_TOKEN_LIFETIME', DEFAULT_TOKEN_LIFETIME);
  const authSessionIdleSeconds = parseLifetime(env, 'AUTH_SESSION_IDLE', DEFAULT_SESSION_IDLE);
  const authSessionLifetimeSeconds = parseLifetime(env, 'AUTH_SESSION_LIFETIME', DEFAULT_SESSION_LIFETIME);
  const authTokenIssuer = env.AUTH_TOKEN_ISSUER?.trim() || DEFAULT_TOKEN_ISSUER;
  const rateLimitPerMinute = parseWholeNumber(env, 'RATE_LIMIT_PER_MINUTE', 600);
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  const readModelWaitMs = parseWholeNumber(env, 'READ_MODEL_WAIT_MS', 10_000);
  const heavyReadWorkers = parseWholeNumber(env, 'HEAVY_READ_WORKERS', 1);
  const heavyReadsPerUser = parseWholeNumber(env, 'HEAVY_READS_PER_USER', 2);
  const heavyReadQueue = parseWholeNumber(env, 'HEAVY_READ_QUEUE', 32);
  const auditSigningKeyFile = env.AUDIT_SIGNING_KEY_FILE?.trim() ? resolve(env.AUDIT_SIGNING_KEY_FILE.trim()) : null;
  // A key in the data directory beside the database would let whoever holds the database sign heads.
  if (nodeEnv === 'production' && !auditSigningKeyFile) {
    throw new ConfigError('AUDIT_SIGNING_KEY_FILE', 'is required in production: an Ed25519 private key (PEM) kept outside the database');
  }
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL', `must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.gov.uk:587 (got "${smtpUrl.replace(/:[^:@/]*@/, ':***@')}")`);
  }
  const mailFrom = env.MAIL_FROM?.trim() || 'SaferPlan <saferplan@localhost>';
  if (!/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(mailFrom)) {
    throw new ConfigError('MAIL_FROM', `must be an email address, e.g. "SaferPlan <saferplan@example.gov.uk>" (got "${mailFrom}")`);
  }
  // Tests send when they say so; everywhere else the server runs the schedule every 15 minutes.
  const reminderIntervalRaw = env.REMINDER_INTERVAL_MINUTES?.trim();
  const reminderIntervalMinutes =
    reminderIntervalRaw === 'off' ? null : reminderIntervalRaw ? parseWholeNumber(env, 'REMINDER_INTERVAL_MINUTES', 15) : nodeEnv === 'test' ? null : 15;
  return {
    port,
    dataDir,
    eventStore,
    databaseUrl,
    databaseSchema,
    kurrentDbConnectionString,
    authJwtSecret,
    authOidcIssuer,
    authJwksUrl,
    authOidcAudience,
    authOidcClientId,
    authOidcClientSecret,
    authOidcName,
    publicUrl,
    authSessionIdleSeconds,
    authSessionLifetimeSeconds,
    authTokenLifetimeSeconds,
    authTokenIssuer,
    rateLimitPerMinute,
    trustProxy,
    nodeEnv,
    auditSigningKeyFile,
    loadDemo: nodeEnv !== 'production' && nodeEnv !== 'test',
    readModelWaitMs,
    heavyReadWorkers,
    heavyReadsPerUser,
    heavyReadQueue,
    smtpUrl,
    mailFrom,
    reminderIntervalMinutes,
  };
}

const MIN_SECRET_LENGTH = 32;
/** The lifetime local tokens have always been minted with. */
const DEFAULT_TOKEN_LIFETIME = '12h';
/** The issuer local tokens have always carried, so tokens minted before it was checked still work. */
export const DEFAULT_TOKEN_ISSUER = 'saferplan-local';

const DEFAULT_SESSION_IDLE = '30m';
const DEFAULT_SESSION_LIFETIME = '12h';

const LIFETIME_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration written `90`, `90s`, `30m`, `12h` or `7d`, in seconds; also what the CLI's --expires takes. */
export function parseDuration(raw: string): number | null {
  const match = /^(\d+)\s*([smhd]?)$/.exec(raw.trim());
  if (!match) return null;
  const seconds = Number(match[1]) * LIFETIME_UNITS[match[2] || 's'];
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds : null;
}

function parseLifetime(env: NodeJS.ProcessEnv, variable: string, fallback: string): number {
  const raw = env[variable];
  const seconds = parseDuration(raw === undefined || raw.trim() === '' ? fallback : raw);
  if (seconds === null) throw new ConfigError(variable, `must be a duration such as 3600, 30m, 12h or 7d (got "${raw}")`);
  return seconds;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** Addresses are checked here so a typo stops start-up instead of silently trusting nobody (or everybody). */
function parseTrustProxy(raw: string | undefined): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address);
    const maxBits = family === 4 ? 32 : 128;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits);
    if (PROXY_NAMES.includes(entry) || (family !== 0 && validBits && rest.length === 0)) continue;
    throw new ConfigError(
      'TRUST_PROXY',
      `must list the proxies in front of SaferPlan, comma-separated: IP addresses, CIDR ranges (e.g. 10.0.0.0/8) or ${PROXY_NAMES.join(', ')} (got "${entry}")`,
    );
  }
  return entries;
}

function httpsUrl(env: NodeJS.ProcessEnv, variable: string): string | null {
  const raw = env[variable]?.trim();
  if (!raw) return null;
  if (!/^https?:\/\/[^\s]+$/.test(raw)) throw new ConfigError(variable, `must be an https:// URL (got "${raw}")`);
  return raw;
}

/** PUBLIC_URL as an origin with an optional path prefix, no trailing slash: redirect URIs are built on it. */
function publicAddress(env: NodeJS.ProcessEnv): string | null {
  const raw = env.PUBLIC_URL?.trim();
  if (!raw) return null;
  let url: URL | null = null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash || url.username) {
    throw new ConfigError('PUBLIC_URL', `must be the https:// address users reach SaferPlan at, e.g. https://saferplan.example.gov.uk (got "${raw}")`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function parseWholeNumber(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(variable, `must be a whole number of at least 1 (got "${raw}")`);
  return value;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return port;
}
