/**
 * The catalog's build step: validates content/ and writes the artifact (src/catalog/artifact.ts) to
 * src/generated/catalog/: `rules.json`, `zh-CN.json`, `en.json`, plus `meta.json` (the handbook's version
 * and public URL, which the CLI prints). The CLI imports these files (bundled by scripts/build-cli.ts);
 * the site's `/analyzer-catalog/` endpoints serve the same `buildArtifact` output.
 *
 *   node scripts/build-catalog.ts      (run by npm run typecheck, build:cli and triage)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArtifact } from '../src/catalog/artifact.ts';
import { CatalogError, loadCatalog } from '../src/catalog/load.ts';
import { siteUrlFromEnvironment } from '../src/site-url.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the artifact goes, below the repository root. */
export const generatedDir = (root: string = ROOT) => join(root, 'src', 'generated', 'catalog');

export interface CatalogMeta {
  /** Version of the handbook package (the CLI's version). */
  toolVersion: string;
  /** Default base of the links the CLI prints: the handbook's public URL (HANDBOOK_SITE_URL of the build). */
  docsUrl: string;
}

/** Writes the artifact files; returns how many signatures they hold. Throws CatalogError on a broken catalog. */
export function writeCatalogArtifact(root: string = ROOT): number {
  const catalog = loadCatalog(join(root, 'content'));
  const artifact = buildArtifact(catalog);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const meta: CatalogMeta = { toolVersion: pkg.version, docsUrl: siteUrlFromEnvironment() };
  const dir = generatedDir(root);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(dir, name), `${JSON.stringify(data)}\n`);
  write('rules.json', artifact.rules);
  for (const [locale, texts] of Object.entries(artifact.texts)) write(`${locale}.json`, texts);
  write('meta.json', meta);
  return artifact.rules.entries.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    writeCatalogArtifact();
  } catch (error) {
    // The catalog's own problem list says what to fix, file by file.
    console.error(error instanceof CatalogError ? error.message : error);
    process.exit(1);
  }
}
