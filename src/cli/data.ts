/**
 * What the CLI knows besides the engine: the localized catalog, its own version and the docs URL.
 *
 * From the repository (`npm run triage`) this module reads everything live: the YAML catalog through
 * `loadCatalog()` (validated), `package.json` and the handbook's public URL (HANDBOOK_SITE_URL, as
 * the site build reads it: src/site-url.ts).
 * The packed CLI never runs this file: scripts/build-cli.ts calls `loadCliData()` at build time and
 * replaces this module in the bundle with the resulting JSON, so `yaml` and `zod` stay out of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../catalog/load.ts';
import { localizedCatalog, type LocalizedCatalog } from '../catalog/export.ts';
import type { Locale } from '../catalog/schema.ts';
import { siteUrlFromEnvironment } from '../site-url.ts';

export interface CliData {
  /** Version of the handbook package (the CLI's version). */
  toolVersion: string;
  /** Default base of signature links: the handbook's public URL (HANDBOOK_SITE_URL when built). */
  docsUrl: string;
  catalogs: Record<Locale, LocalizedCatalog>;
  /** True when read live from the repository (`npm run triage`), false in the packed CLI. */
  live: boolean;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadCliData(root: string = ROOT): CliData {
  const catalog = loadCatalog(join(root, 'content'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return {
    toolVersion: pkg.version,
    docsUrl: siteUrlFromEnvironment(),
    catalogs: { en: localizedCatalog(catalog, 'en'), 'zh-CN': localizedCatalog(catalog, 'zh-CN') },
    live: true,
  };
}
