import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import * as ts from 'typescript';

/**
 * The domain stays pure by machine, not by hope. Every .ts file under libs/domain/src is checked:
 * - no framework, transport, store or validation library (for specs too: a domain spec that
 *   needs Nest is testing the wrong layer);
 * - outside specs, no Node built-ins and no clock or randomness: time comes in as
 *   command.metadata.now, ids come in on the command.
 * The fixture proves each rule can fail.
 */
const FORBIDDEN_PACKAGES: RegExp[] = [
  /^@nestjs\//,
  /^@saferplan\/(event-store|projections)(\/|$)/,
  /^graphql(\/|$)/,
  /^mercurius(\/|$)/,
  /^fastify(\/|$)/,
  /^@fastify\//,
  /^better-sqlite3(\/|$)/,
  /^pg(\/|$)/,
  /^@kurrent\//,
  /^@eventstore\//,
  /^class-validator(\/|$)/,
  /^class-transformer(\/|$)/,
  /^reflect-metadata$/,
];

const isNodeBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

const isSpec = (fileName: string): boolean => fileName.endsWith('.spec.ts');

/** Global objects whose every use means I/O, the clock or chance. */
const IMPURE_GLOBALS = new Set(['process', 'performance', 'crypto']);

function clockAndChance(fileName: string, source: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const call = `${node.expression.text}.${node.name.text}`;
      if (call === 'Date.now' || call === 'Math.random') found.push(`uses ${call}()`);
      else if (IMPURE_GLOBALS.has(node.expression.text)) found.push(`uses ${call}`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date') {
      if (!node.arguments || node.arguments.length === 0) found.push('uses new Date() (the clock)');
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true));
  return found;
}

/** What makes this file impure, one line per finding; empty when it is clean. */
function findImpurities(fileName: string, source: string): string[] {
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
  const found = specifiers
    .filter((specifier) =>
      FORBIDDEN_PACKAGES.some((rule) => rule.test(specifier)) || (!isSpec(fileName) && isNodeBuiltin(specifier)),
    )
    .map((specifier) => `imports "${specifier}"`);
  return isSpec(fileName) ? found : [...found, ...clockAndChance(fileName, source)];
}

function domainFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : domainFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('domain purity', () => {
  it('flags every impurity in the fixture, so the rule is known to fire', () => {
    const fixture = readFileSync(join(__dirname, '__fixtures__', 'impure-decider.fixture.txt'), 'utf8');
    expect(findImpurities('impure.decider.ts', fixture)).toEqual([
      'imports "@nestjs/common"',
      'imports "node:crypto"',
      'imports "@saferplan/event-store"',
      'uses new Date() (the clock)',
      'uses Date.now()',
      'uses Math.random()',
    ]);
  });

  it.each([
    ['an export-from',  "export * from 'pg';", 'imports "pg"'],
    ['a require()', "const fs = require('fs');", 'imports "fs"'],
    ['a dynamic import', "const load = () => import('graphql');", 'imports "graphql"'],
    ['a side-effect import', "import 'reflect-metadata';", 'imports "reflect-metadata"'],
    ['a deep import', "import { x } from '@saferplan/projections/progress';", 'imports "@saferplan/projections/progress"'],
    ['a Node built-in without the node: prefix', "import { join } from 'path';", 'imports "path"'],
    ['the process global', 'const env = process.env.NODE_ENV;', 'uses process.env'],
  ])('flags %s', (_kind, source, finding) => {
    expect(findImpurities('x.ts', source)).toEqual([finding]);
  });

  it('ignores imports that only appear in comments or strings, and dates built from a value', () => {
    const source = [
      "// import { Injectable } from '@nestjs/common';",
      "const note = \"import pg from 'pg'\";",
      "const start = new Date('2018-04-01T00:00:00Z');",
      "import { InvalidInputError } from './shared/errors';",
    ].join('\n');
    expect(findImpurities('x.ts', source)).toEqual([]);
  });

  it('lets specs use Node built-ins and pinned dates, but not the framework', () => {
    const spec = "import { readFileSync } from 'node:fs';\nconst now = new Date();\nimport { Test } from '@nestjs/testing';";
    expect(findImpurities('x.spec.ts', spec)).toEqual(['imports "@nestjs/testing"']);
  });

  it('finds nothing impure in libs/domain/src', () => {
    const files = domainFiles(__dirname);
    expect(files.length).toBeGreaterThanOrEqual(15);
    const findings = files.flatMap((file) =>
      findImpurities(file, readFileSync(file, 'utf8')).map((finding) => `${relative(__dirname, file)}: ${finding}`),
    );
    expect(findings).toEqual([]);
  });
});
