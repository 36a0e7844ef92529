// `npm run cli` runs the built CLI; this rebuilds it first when dist is missing or older than
// any source file it is compiled from (apps/cli, apps/api, libs).
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const entry = join(root, 'dist/apps/cli/apps/cli/src/main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const sources = ['apps/cli/src', 'apps/api/src', ...readdirSync(join(root, 'libs')).map((lib) => `libs/${lib}/src`)];
const newestSource = Math.max(...sources.map((dir) => join(root, dir)).filter(existsSync).map(newestMtime));
if (!existsSync(entry) || statSync(entry).mtimeMs < newestSource) {
  execSync('npx nest build cli', { cwd: root, stdio: ['ignore', process.stderr, 'inherit'] });
}
