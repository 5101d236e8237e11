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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = join(ROOT, 'src', 'generated', 'catalog');

/** Used when astro.config.mjs has no `site` (it always should). */
const FALLBACK_DOCS_URL = 'https://openclaw-handbook.example';

/** The `site:` of astro.config.mjs, read as text (importing the config would load Astro). */
export function siteUrl(root: string = ROOT): string {
  try {
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    return /^\s*site:\s*['"]([^'"]+)['"]/m.exec(config)?.[1]?.replace(/\/+$/, '') ?? FALLBACK_DOCS_URL;
  } catch {
    return FALLBACK_DOCS_URL;
  }
}

export interface CatalogMeta {
  /** Version of the handbook package (the CLI's version). */
  toolVersion: string;
  /** Default base of the links the CLI prints: the site's public URL. */
  docsUrl: string;
}

/** Writes the artifact files; returns how many signatures they hold. Throws CatalogError on a broken catalog. */
export function writeCatalogArtifact(root: string = ROOT): number {
  const catalog = loadCatalog(join(root, 'content'));
  const artifact = buildArtifact(catalog);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const meta: CatalogMeta = { toolVersion: pkg.version, docsUrl: siteUrl(root) };
  mkdirSync(GENERATED_DIR, { recursive: true });
  const write = (name: string, data: unknown) => writeFileSync(join(GENERATED_DIR, name), `${JSON.stringify(data)}\n`);
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
