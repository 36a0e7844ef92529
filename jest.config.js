/** One jest run for the whole monorepo: unit specs beside the code, end-to-end specs under test/. */
const swcConfig = JSON.parse(require('fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testRegex: '.*\\.(spec|e2e-spec)\\.ts$',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '__fixtures__'],
  transform: { '^.+\\.(ts|js)$': ['@swc/jest', swcConfig] },
  // Node 20 loads these ES-module-only packages (and mercurius's dynamic import of one) natively;
  // jest's module system cannot, so they are compiled to CommonJS like our own code.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|quick-lru|mercurius)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@saferplan/(domain|event-store|projections|config|identity|reports)$': '<rootDir>/libs/$1/src',
    '^@saferplan/(domain|event-store|projections|config|identity|reports)/(.*)$': '<rootDir>/libs/$1/src/$2',
    '^@saferplan/api$': '<rootDir>/apps/api/src/public-api',
    '^@saferplan/test-support/(.*)$': '<rootDir>/test/support/$1',
  },
  testTimeout: 30000,
};
