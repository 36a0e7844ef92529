import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { type Import, importsAgainstTheLayers } from './layers';

const ROOT = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function relativeImportsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const from = relative(ROOT, file);
  return [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((match) => ({
    from,
    to: normalize(relative(ROOT, join(dirname(file), match[1]))),
  }));
}

describe('imports run downward only', () => {
  it('holds for every file of the API', () => {
    const imports = sourceFiles(ROOT).flatMap(relativeImportsOf);
    expect(imports.length).toBeGreaterThan(100);
    expect(importsAgainstTheLayers(imports)).toEqual([]);
  });

  it('catches an import that climbs, and one that steps into another feature', () => {
    expect(
      importsAgainstTheLayers([
        { from: 'common/command-writer.ts', to: 'auth/access-policy' },
        { from: 'graphql/read-scopes.ts', to: 'actions/live-action' },
        { from: 'audit/audit.resolver.ts', to: 'history/history.resolver' },
        { from: 'plan-import/plan-importer.ts', to: 'actions/create-action/create-action.command' },
        { from: 'actions/action.resolver.ts', to: 'graphql/objects/action.object' },
        { from: 'app.module.ts', to: 'use-cases' },
      ]),
    ).toEqual([
      'common/command-writer.ts imports auth/access-policy',
      'graphql/read-scopes.ts imports actions/live-action',
      'audit/audit.resolver.ts imports history/history.resolver',
    ]);
  });
});
