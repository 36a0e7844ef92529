/** Jest only as the TypeScript runner for the benchmarks: same transform and aliases as the tests. */
const base = require('../jest.config.js');

module.exports = {
  ...base,
  rootDir: '..',
  testRegex: 'benchmarks/(national|profile|cold-start|foreign-transaction|heavy-readers|w7-answers|sqlite-writer|read-path)\.bench\.ts$',
  testTimeout: 4 * 60 * 60 * 1000,
};
