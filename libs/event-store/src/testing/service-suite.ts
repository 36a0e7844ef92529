/**
 * Suites that need a server (PostgreSQL, KurrentDB) run when its connection string is set and are
 * reported as skipped, with the reason in their title, when it is not. CI sets REQUIRE_POSTGRES=1
 * for the server it provides: a PostgreSQL suite that would be skipped then fails instead, so a
 * green run cannot hide suites that never ran.
 */
export type Service = 'postgres' | 'kurrentdb';

const SERVICES: Record<Service, { name: string; variable: string; example: string; required: string }> = {
  postgres: {
    name: 'PostgreSQL',
    variable: 'DATABASE_URL',
    example: 'postgres://root@127.0.0.1:5432/test',
    required: 'REQUIRE_POSTGRES',
  },
  kurrentdb: {
    name: 'KurrentDB',
    variable: 'KURRENTDB_CONNECTION_STRING',
    example: "'kurrentdb://localhost:2113?tls=false' with infra/kurrentdb-single.yml",
    required: 'REQUIRE_KURRENTDB',
  },
};

/** The service's connection string, or null when it is unset; throws when the run requires it. */
export function serviceConnection(service: Service, env: NodeJS.ProcessEnv = process.env): string | null {
  const { name, variable, required } = SERVICES[service];
  const connectionString = env[variable]?.trim() || null;
  if (!connectionString && env[required] === '1') {
    throw new Error(`${name} suites must run (${required}=1) but ${variable} is unset`);
  }
  return connectionString;
}

/** Why a suite for this service does not run here. */
export function skipReason(service: Service): string {
  const { variable, example } = SERVICES[service];
  return `${variable} is unset (e.g. ${example})`;
}

/**
 * Registers the suites in `body` given the service's connection string; without one, registers
 * them under `describe.skip(title)` so their tests are listed as skipped, and prints the reason.
 */
export function describeWithService(service: Service, title: string, body: (connectionString: string) => void): void {
  const connectionString = serviceConnection(service);
  if (connectionString) {
    body(connectionString);
    return;
  }
  const reason = skipReason(service);
  console.warn(`${title}: skipped, ${reason}`);
  describe.skip(`${title} [skipped: ${reason}]`, () => body(''));
}
