'use strict';
// Re-exported from here so the benchmark resolves this package's own emmett 0.38.5, not the root's 0.42.0.
module.exports = require('@event-driven-io/emmett-sqlite');
