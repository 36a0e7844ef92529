import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';

/**
 * Every boundary rule of eslint.config.js proven to fire: each fixture names, on its first line,
 * the file it stands in for, and is linted with the configuration that file gets. The clean lines
 * of each fixture prove the rule does not fire on what is allowed.
 */
const root = join(__dirname, '../..');
// Handed over as a value: ESLint would load the file with import(), which jest's module system cannot run.
const config: Linter.Config[] = require('../../eslint.config.js');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });
const fixtures = join(__dirname, '__fixtures__');

async function findings(fixture: string): Promise<string[]> {
  const source = readFileSync(join(fixtures, fixture), 'utf8');
  const standsFor = /^\/\/ Linted as (\S+)/.exec(source)?.[1];
  if (!standsFor) throw new Error(`${fixture} must start with "// Linted as <path>"`);
  const [result] = await eslint.lintText(source, { filePath: join(root, standsFor) });
  return result.messages.map((message) => `${message.line}: ${message.ruleId}: ${message.message}`);
}

const APP = 'an app imports libraries by their package name (@saferplan/...), never by a relative path';

describe('import boundaries (eslint.config.js)', () => {
  it('has a fixture for each rule, and every fixture is checked below', () => {
    expect(readdirSync(fixtures).sort()).toEqual([
      'api-climbs-out.ts',
      'cli-climbs-out.ts',
      'common-imports-feature.ts',
      'domain-spec.spec.ts',
      'event-store-imports-projections.ts',
      'impure-decider.ts',
      'library-imports-app.ts',
      'through-base-url.ts',
      'web-climbs-out.ts',
    ]);
  });

  it('keeps the domain free of framework, transport, store, other libraries, I/O, the clock and chance', async () => {
    expect(await findings('impure-decider.ts')).toEqual([
      '2: saferplan/forbidden: "@nestjs/common" is not allowed here: the domain is plain TypeScript, free of the framework',
      '3: saferplan/forbidden: "node:crypto" is not allowed here: the domain does no I/O; time and ids come in on the command',
      '4: saferplan/forbidden: "path" is not allowed here: the domain does no I/O; time and ids come in on the command',
      '5: saferplan/forbidden: "@saferplan/event-store" is not allowed here: the domain is the bottom layer and imports no other library',
      '6: saferplan/forbidden: "@saferplan/projections/progress" is not allowed here: the domain is the bottom layer and imports no other library',
      '8: saferplan/forbidden: "pg" is not allowed here: the domain knows no store',
      '9: saferplan/forbidden: "graphql" is not allowed here: the domain knows no transport',
      '10: no-restricted-syntax: the domain reads no clock: time comes in as metadata.now',
      "11: no-restricted-properties: 'Date.now' is restricted from being used. the domain reads no clock: time comes in as metadata.now",
      "12: no-restricted-properties: 'Math.random' is restricted from being used. the domain draws no chance: ids come in on the command",
      "13: no-restricted-globals: Unexpected use of 'process'. the domain reads no environment",
    ]);
  });

  it('lets domain specs use Node built-ins and the clock, but not the framework', async () => {
    expect(await findings('domain-spec.spec.ts')).toEqual([
      '3: saferplan/forbidden: "@nestjs/testing" is not allowed here: the domain is plain TypeScript, free of the framework',
    ]);
  });

  it('stops a library reaching into an app or into another library by a relative path', async () => {
    const reason = 'a library never imports an app, and imports other libraries by their package name (@saferplan/...)';
    expect(await findings('library-imports-app.ts')).toEqual([
      `2: saferplan/stay-within: "../../../../apps/api/src/config/app-config" leaves libs/projections/src: ${reason}`,
      `3: saferplan/stay-within: "../../../domain/src/action/action.decider" leaves libs/projections/src: ${reason}`,
    ]);
  });

  it('keeps the event store below the projections', async () => {
    expect(await findings('event-store-imports-projections.ts')).toEqual([
      '2: saferplan/forbidden: "@saferplan/projections/progress/progress.projection" is not allowed here: the event store sits below the projections',
    ]);
  });

  it.each([
    [
      'the CLI',
      'cli-climbs-out.ts',
      ['2: "../../../api/src/config/app-config"', '3: "../../../../test/support/api-harness"'],
      'apps/cli/src',
    ],
    ['the web app', 'web-climbs-out.ts', ['2: "../../../libs/domain/src/shared/financial-year"'], 'apps/web/src'],
    ['the API', 'api-climbs-out.ts', ['2: "../../../../libs/projections/src/rebuild"'], 'apps/api/src'],
  ])('makes %s import libraries by package name', async (_app, fixture, escapes, folder) => {
    expect(await findings(fixture)).toEqual(
      escapes.map((escape) => {
        const [line, specifier] = escape.split(': ');
        return `${line}: saferplan/stay-within: ${specifier} leaves ${folder}: ${APP}`;
      }),
    );
  });

  it("keeps the API's common/ free of feature folders", async () => {
    expect(await findings('common-imports-feature.ts')).toEqual([
      '2: saferplan/stay-within: "../actions/create-action/create-action.handler" leaves apps/api/src/common: common/ serves every feature, so it depends on no feature folder (only on auth, config, graphql and store)',
    ]);
  });

  it("stops imports that reach round the boundaries through tsconfig's baseUrl", async () => {
    const reason =
      'import a library by its package name (@saferplan/...) or a file of your own folder by a relative path';
    expect(await findings('through-base-url.ts')).toEqual([
      `2: saferplan/forbidden: "apps/api/src/config/app-config" is not allowed here: ${reason}`,
      `3: saferplan/forbidden: "libs/projections/src" is not allowed here: ${reason}`,
    ]);
  });
});
