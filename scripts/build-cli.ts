/**
 * Builds the packed CLI: bundles src/cli/main.ts into cli-dist/openclaw-triage.js, one self-contained
 * ES module for Node ≥ 22 (the package has no runtime dependencies and Node does not strip types
 * inside node_modules). The catalog's build step runs first (validating content/); the CLI imports
 * its JSON files, which esbuild inlines, so `yaml` and `zod` never ship. The default `--docs-url` is
 * HANDBOOK_SITE_URL of this build (src/site-url.ts). Run by `npm run build:cli` and by `prepack`.
 */
import { build } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteUrlFromEnvironment } from '../src/site-url.ts';
import { writeCatalogArtifact } from './build-catalog.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const outDir = join(root, 'cli-dist');
const outFile = join(outDir, 'openclaw-triage.js');

const started = performance.now();
let signatures: number;
try {
  signatures = writeCatalogArtifact(root);
} catch (error) {
  console.error((error as Error).message);
  console.error('build-cli: the catalog and HANDBOOK_SITE_URL must be valid before the CLI can be built.');
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: [entry],
  outfile: outFile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  banner: { js: '#!/usr/bin/env node' },
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(outFile, 0o755);

const bundled = Object.keys(result.metafile.inputs);
const leaked = bundled.filter((p) => /node_modules[\\/](?:yaml|zod)[\\/]|src[\\/]catalog[\\/](?:load|schema|export)\.ts$/.test(p));
if (leaked.length > 0) {
  console.error(`build-cli: the bundle must not contain the YAML loader or zod, but it has:\n  ${leaked.join('\n  ')}`);
  process.exit(1);
}
const external = bundled.filter((p) => p.includes('node_modules'));
if (external.length > 0) console.warn(`build-cli: note, bundled from node_modules: ${external.join(', ')}`);
console.log(
  `build-cli: ${relative(root, outFile)} (${(statSync(outFile).size / 1024).toFixed(0)} KB, ${signatures} signatures, links to ${siteUrlFromEnvironment()}, ${Math.round(performance.now() - started)} ms)`,
);
