/**
 * What the CLI knows besides the engine: the localized catalog, its own version and the docs URL.
 *
 * From the repository (`npm run triage`) this module reads everything live: the YAML catalog through
 * `loadCatalog()` (validated), `package.json` and the site URL in `astro.config.mjs`.
 * The packed CLI never runs this file: scripts/build-cli.ts calls `loadCliData()` at build time and
 * replaces this module in the bundle with the resulting JSON, so `yaml` and `zod` stay out of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../catalog/load.ts';
import { localizedCatalog, type LocalizedCatalog } from '../catalog/export.ts';
import type { Locale } from '../catalog/schema.ts';

export interface CliData {
  /** Version of the handbook package (the CLI's version). */
  toolVersion: string;
  /** Default base of signature links: the site's `site` in astro.config.mjs. */
  docsUrl: string;
  catalogs: Record<Locale, LocalizedCatalog>;
  /** True when read live from the repository (`npm run triage`), false in the packed CLI. */
  live: boolean;
}

/** Used when astro.config.mjs has no `site` (it always should). */
export const FALLBACK_DOCS_URL = 'https://openclaw-handbook.example';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The `site:` of astro.config.mjs, read as text (importing the config would load Astro). */
export function siteUrl(root: string = ROOT): string {
  try {
    const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
    return /^\s*site:\s*['"]([^'"]+)['"]/m.exec(config)?.[1]?.replace(/\/+$/, '') ?? FALLBACK_DOCS_URL;
  } catch {
    return FALLBACK_DOCS_URL;
  }
}

export function loadCliData(root: string = ROOT): CliData {
  const catalog = loadCatalog(join(root, 'content'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    toolVersion: pkg.version,
    docsUrl: siteUrl(root),
    catalogs: { en: localizedCatalog(catalog, 'en'), 'zh-CN': localizedCatalog(catalog, 'zh-CN') },
    live: true,
  };
}
