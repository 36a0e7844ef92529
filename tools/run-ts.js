#!/usr/bin/env node
'use strict';
/**
 * Runs one of our TypeScript scripts with the compiler settings jest uses (.swcrc: decorators with
 * metadata, which Nest needs) and the @saferplan/* package names of tsconfig.json:
 *   node tools/run-ts.js tools/graphql/write-schema.ts
 */
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join, resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const root = join(__dirname, '..');
const swc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const LIBRARY = /^@saferplan\/(domain|event-store|projections)(\/.*)?$/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const library = LIBRARY.exec(request);
  const mapped = library ? join(root, 'libs', library[1], 'src', library[2] ?? '') : request;
  return resolveFilename.call(this, mapped, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swc, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};

const [script] = process.argv.slice(2);
if (!script) {
  console.error('usage: node tools/run-ts.js <script.ts>');
  process.exit(2);
}
require(resolve(script));
