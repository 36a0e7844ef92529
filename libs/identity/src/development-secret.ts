import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '@saferplan/config/app-config';

const FILE = 'auth-secret';

/**
 * Outside production a missing AUTH_JWT_SECRET is generated once and kept in DATA_DIR, so tokens
 * printed at start-up (or minted by the CLI on the same data) survive restarts. Production refuses
 * to start without one (loadConfig) unless OIDC is configured.
 */
export function withDevelopmentSecret(config: AppConfig): AppConfig {
  if (config.authJwtSecret || config.nodeEnv === 'production') return config;
  return { ...config, authJwtSecret: developmentSecret(config.dataDir) };
}

export function developmentSecret(dataDir: string): string {
  const path = join(dataDir, FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return secret;
}
