import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { printLiveSchema, REGENERATE, SCHEMA_FILE, WEB_TYPES_FILE } from './live-schema';
import { webTypes } from './web-types';

/** Null when the committed file is what was produced; otherwise what to do and the first line that differs. */
function differenceFrom(file: string, produced: string): string | null {
  const committed = readFileSync(file, 'utf8');
  if (committed === produced) return null;
  const want = produced.split('\n');
  const have = committed.split('\n');
  const line = want.findIndex((text, index) => text !== have[index]);
  const at = line === -1 ? have.length : line;
  return `${relative(process.cwd(), file)} is out of date: run \`${REGENERATE}\` and commit it. Line ${at + 1} is ${JSON.stringify(have[at])}, expected ${JSON.stringify(want[at])}`;
}

describe('the committed GraphQL schema and the web types generated from it', () => {
  it('schema.graphql is the schema the API serves', async () => {
    expect(differenceFrom(SCHEMA_FILE, await printLiveSchema())).toBeNull();
  });

  it("the web app's types are those generated from schema.graphql and its queries", () => {
    expect(differenceFrom(WEB_TYPES_FILE, webTypes(readFileSync(SCHEMA_FILE, 'utf8')))).toBeNull();
  });

  it('refuses to generate when a web query asks for a field the schema no longer has', () => {
    // Renamed on QuarterlyUpdate only: other types (IndicatorValue) have a field of the same name.
    const renamed = readFileSync(SCHEMA_FILE, 'utf8').replace(/(type QuarterlyUpdate \{[^}]*?)correctionReason: String/, '$1correctionNote: String');
    expect(() => webTypes(renamed)).toThrow(
      'A web query no longer fits the schema: Cannot query field "correctionReason" on type "QuarterlyUpdate".',
    );
  });

  it('types a nullable field as "| null" and a list of non-null objects as an array of them', () => {
    const types = webTypes(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(types).toContain("export type Rag = 'AMBER' | 'GREEN' | 'RED';");
    expect(types).toMatch(/export interface ActionQuery \{\n {2}action: \{\n {4}id: string;\n/);
    expect(types).toMatch(
      /\n {2}\} \| null;\n\}\n\nexport type ActionQueryVariables = \{\n {2}id: string;\n {2}asOf\?: string \| null;\n\};/,
    );
  });
});
