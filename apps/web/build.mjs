#!/usr/bin/env node
// Builds the dashboard into dist/web: index.html plus content-hashed assets (the server caches
// those for a year, so a changed file must get a new name). Everything is bundled from our own
// node_modules; nothing is loaded from a CDN.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

export async function buildWeb(outDir = join(root, 'dist/web')) {
  const assets = join(outDir, 'assets');
  mkdirSync(assets, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2020'],
    entryNames: 'app-[hash]',
    outdir: assets,
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
  const script = outputs.find((name) => name.endsWith('.js'));
  const style = outputs.find((name) => name.endsWith('.css'));
  if (!script || !style) throw new Error(`dashboard build produced ${outputs.join(', ')}`);
  const html = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>SaferPlan</title>
  <link rel="stylesheet" href="/assets/${style}">
</head>
<body>
  <div id="app"><p>Loading SaferPlan…</p></div>
  <noscript>The SaferPlan dashboard needs JavaScript.</noscript>
  <script src="/assets/${script}" defer></script>
</body>
</html>
`;
  // index.html last and atomically, so a server never serves a page whose assets are missing.
  writeFileSync(join(outDir, 'index.html.tmp'), html);
  renameSync(join(outDir, 'index.html.tmp'), join(outDir, 'index.html'));
  for (const name of readdirSync(assets)) {
    if (!outputs.includes(name)) rmSync(join(assets, name), { force: true });
  }
  const size = (name) => `${(statSync(join(assets, name)).size / 1024).toFixed(1)} KB`;
  return { outDir, script, style, sizes: `${script} ${size(script)}, ${style} ${size(style)}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined).then(
    // The sizes are printed so a change that swells the bundle is seen at once (npm run bench:web adds gzip and first render).
    ({ outDir, sizes }) => console.log(`Dashboard built in ${outDir} (${sizes})`),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
