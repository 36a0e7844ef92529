import { serviceConnection, skipReason } from './service-suite';

describe('serviceConnection', () => {
  it('answers the connection string when it is set', () => {
    expect(serviceConnection('postgres', { DATABASE_URL: ' postgres://root@127.0.0.1:5432/test ' })).toBe('postgres://root@127.0.0.1:5432/test');
    expect(serviceConnection('kurrentdb', { KURRENTDB_CONNECTION_STRING: 'kurrentdb://localhost:2113' })).toBe('kurrentdb://localhost:2113');
  });

  it('answers null when it is unset or blank, so the suite is skipped', () => {
    expect(serviceConnection('postgres', {})).toBeNull();
    expect(serviceConnection('postgres', { DATABASE_URL: '  ' })).toBeNull();
    expect(serviceConnection('kurrentdb', { REQUIRE_POSTGRES: '1' })).toBeNull();
  });

  it('throws instead when the run requires the service', () => {
    expect(() => serviceConnection('postgres', { REQUIRE_POSTGRES: '1' })).toThrow(
      'PostgreSQL suites must run (REQUIRE_POSTGRES=1) but DATABASE_URL is unset',
    );
    expect(() => serviceConnection('kurrentdb', { REQUIRE_KURRENTDB: '1', KURRENTDB_CONNECTION_STRING: '' })).toThrow(
      'KurrentDB suites must run (REQUIRE_KURRENTDB=1) but KURRENTDB_CONNECTION_STRING is unset',
    );
  });

  it('names the variable in the reason a suite is skipped', () => {
    expect(skipReason('postgres')).toBe('DATABASE_URL is unset (e.g. postgres://root@127.0.0.1:5432/test)');
  });
});
