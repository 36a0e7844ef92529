import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { printLiveSchema, SCHEMA_FILE, WEB_TYPES_FILE } from './live-schema';
import { webTypes } from './web-types';

/** `npm run schema`: prints the live schema to schema.graphql and regenerates the web app's types from it. */
async function main(): Promise<void> {
  const schema = await printLiveSchema();
  writeFileSync(SCHEMA_FILE, schema);
  mkdirSync(dirname(WEB_TYPES_FILE), { recursive: true });
  writeFileSync(WEB_TYPES_FILE, webTypes(schema));
  for (const file of [SCHEMA_FILE, WEB_TYPES_FILE]) console.log(`wrote ${relative(process.cwd(), file)}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
