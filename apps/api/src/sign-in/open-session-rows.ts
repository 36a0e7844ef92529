import type { AppConfig } from '@saferplan/config/app-config';
import { PostgresSessionRows } from './postgres-session-rows';
import type { SessionRows } from './session-rows';
import { SqliteSessionRows } from './sqlite-session-rows';

/**
 * Sessions go where instances share state: PostgreSQL whenever the read models are there
 * (EVENT_STORE=postgres, or kurrentdb with DATABASE_URL), else a file in DATA_DIR.
 */
export function openSessionRows(config: Pick<AppConfig, 'eventStore' | 'databaseUrl' | 'databaseSchema' | 'dataDir'>): Promise<SessionRows> {
  const shared = config.eventStore === 'sqlite' ? null : config.databaseUrl;
  if (shared) return PostgresSessionRows.connect({ connectionString: shared, schema: config.databaseSchema });
  return Promise.resolve(new SqliteSessionRows(config.dataDir));
}
