/**
 * Builds the packed CLI: bundles src/cli/main.ts into cli-dist/openclaw-triage.js, one self-contained
 * ES module for Node ≥ 22 (the package has no runtime dependencies and Node does not strip types
 * inside node_modules). The catalog is loaded and validated here, at build time, with the same
 * `loadCliData()` the repo script uses live; the bundle gets that JSON in place of src/cli/data.ts,
 * so `yaml` and `zod` never ship. The default `--docs-url` is frozen the same way: HANDBOOK_SITE_URL
 * of this build (src/site-url.ts). Run by `npm run build:cli` and by `prepack`.
 */
import { build, type Plugin } from 'esbuild';
import { chmodSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCliData } from '../src/cli/data.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/cli/main.ts');
const dataModule = join(root, 'src/cli/data.ts');
const outDir = join(root, 'cli-dist');
const outFile = join(outDir, 'openclaw-triage.js');

const started = performance.now();
let data;
try {
  data = { ...loadCliData(root), live: false };
} catch (error) {
  console.error((error as Error).message);
  console.error('build-cli: the catalog and HANDBOOK_SITE_URL must be valid before the CLI can be built.');
  process.exit(1);
}

/** Replaces src/cli/data.ts with the data it would compute, frozen at build time. */
const embedCatalog: Plugin = {
  name: 'embed-catalog',
  setup(b) {
    b.onResolve({ filter: /[\\/]data\.ts$/ }, (args) => {
      const path = join(args.resolveDir, args.path);
      return path === dataModule ? { path, namespace: 'embedded-catalog' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'embedded-catalog' }, () => ({
      loader: 'js',
      contents: `const DATA = ${JSON.stringify(data)};\nexport function loadCliData() { return DATA; }\n`,
    }));
  },
};

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
  plugins: [embedCatalog],
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
  `build-cli: ${relative(root, outFile)} (${(statSync(outFile).size / 1024).toFixed(0)} KB, ${data.catalogs.en.entries.length} signatures, links to ${data.docsUrl}, ${Math.round(performance.now() - started)} ms)`,
);
