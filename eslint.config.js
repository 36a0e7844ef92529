// @ts-check
/**
 * Lint checks the layering by machine: libraries never reach into apps, the domain imports no
 * framework, store or I/O, the libraries import only downward (domain <- event-store <-
 * projections), apps import libraries by package name, and the API's common/ depends on no
 * feature. Each rule has a fixture under tools/lint/__fixtures__ that must fail
 * (tools/lint/import-boundaries.spec.ts).
 */
const { builtinModules } = require('node:module');
const tseslint = require('typescript-eslint');
const boundaries = require('./tools/lint/import-boundaries');

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const APP_IMPORTS = 'an app imports libraries by their package name (@saferplan/...), never by a relative path';
const LIBRARY_IMPORTS =
  'a library never imports an app, and imports other libraries by their package name (@saferplan/...)';

/** What the domain may never depend on, in specs too: a domain spec that needs Nest tests the wrong layer. */
const DOMAIN_NEVER = [
  { pattern: '^@nestjs/', reason: 'the domain is plain TypeScript, free of the framework' },
  { pattern: '^(graphql|mercurius|fastify)(/|$)|^@fastify/', reason: 'the domain knows no transport' },
  { pattern: '^(better-sqlite3|pg)(/|$)|^@kurrent/|^@eventstore/', reason: 'the domain knows no store' },
  {
    pattern: '^(class-validator|class-transformer|reflect-metadata)(/|$)',
    reason: 'the domain validates in its deciders',
  },
  {
    pattern: '^@saferplan/(event-store|projections)(/|$)',
    reason: 'the domain is the bottom layer and imports no other library',
  },
];

/** Outside specs the domain does no I/O: time and ids come in on the command. */
const NODE_BUILTINS = {
  pattern: `^node:|^(${builtinModules.map(escape).join('|')})(/|$)`,
  reason: 'the domain does no I/O; time and ids come in on the command',
};

/** tsconfig's baseUrl would let 'apps/api/src/...' resolve from anywhere, round every boundary above. */
const THROUGH_BASE_URL = {
  pattern: '^(apps|libs|test|benchmarks|tools)/',
  reason: 'import a library by its package name (@saferplan/...) or a file of your own folder by a relative path',
};

const LIB_ABOVE_EVENT_STORE = {
  pattern: '^@saferplan/projections(/|$)',
  reason: 'the event store sits below the projections',
};

const stayWithin = (allowed, reason) => ['error', { allowed, reason }];

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/__fixtures__/**', 'coverage/**', 'benchmarks/tmp/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { saferplan: boundaries },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // Later blocks that set their own forbidden list repeat THROUGH_BASE_URL: a block replaces the list.
    files: ['**/*.ts'],
    rules: { 'saferplan/forbidden': ['error', [THROUGH_BASE_URL]] },
  },
  ...['domain', 'event-store', 'projections', 'config', 'identity', 'reports'].map((lib) => ({
    files: [`libs/${lib}/**/*.ts`],
    rules: {
      'saferplan/stay-within': stayWithin([`libs/${lib}/src`], LIBRARY_IMPORTS),
    },
  })),
  {
    files: ['libs/domain/**/*.ts'],
    rules: { 'saferplan/forbidden': ['error', [...DOMAIN_NEVER, NODE_BUILTINS, THROUGH_BASE_URL]] },
  },
  {
    files: ['libs/domain/**/*.spec.ts'],
    rules: { 'saferplan/forbidden': ['error', [...DOMAIN_NEVER, THROUGH_BASE_URL]] },
  },
  {
    // The clock and chance: the same purity the domain-purity spec checks, seen while editing.
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the domain reads no clock: time comes in as metadata.now' },
        { object: 'Math', property: 'random', message: 'the domain draws no chance: ids come in on the command' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'the domain reads no clock: time comes in as metadata.now',
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'the domain reads no environment' },
        { name: 'performance', message: 'the domain reads no clock' },
        { name: 'crypto', message: 'the domain draws no chance' },
      ],
    },
  },
  {
    files: ['libs/event-store/**/*.ts'],
    rules: { 'saferplan/forbidden': ['error', [LIB_ABOVE_EVENT_STORE, THROUGH_BASE_URL]] },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: { 'saferplan/stay-within': stayWithin(['apps/api/src'], APP_IMPORTS) },
  },
  {
    files: ['apps/api/src/common/**/*.ts'],
    rules: {
      'saferplan/stay-within': stayWithin(
        [
          'apps/api/src/common',
          'apps/api/src/auth',
          'apps/api/src/config',
          'apps/api/src/graphql',
          'apps/api/src/store',
        ],
        'common/ serves every feature, so it depends on no feature folder (only on auth, config, graphql and store)',
      ),
    },
  },
  ...['cli', 'web'].map((app) => ({
    files: [`apps/${app}/**/*.ts`],
    rules: { 'saferplan/stay-within': stayWithin([`apps/${app}/src`], APP_IMPORTS) },
  })),
);
