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
// The package names come from tsconfig.json's paths, the one list of them ("@x/*" or exact "@x").
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
const PACKAGES = Object.entries(paths).map(([name, [target]]) => ({
  prefix: name.replace(/\*$/, ''),
  wildcard: name.endsWith('*'),
  target: join(root, target.replace(/\*$/, '')),
}));

function mapPackage(request) {
  for (const { prefix, wildcard, target } of PACKAGES) {
    if (wildcard ? request.startsWith(prefix) : request === prefix) return join(target, wildcard ? request.slice(prefix.length) : '');
  }
  return request;
}

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolveFilename.call(this, mapPackage(request), ...rest);
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
