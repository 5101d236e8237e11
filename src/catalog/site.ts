/** The catalog as the site build sees it: loaded once per build. Locales and URLs: `src/present/locale.ts`. */
import { loadCatalog } from './load.ts';
import type { Catalog, CatalogEntry, Section } from './schema.ts';
import { compileCatalog, type CompiledCatalog } from '../engine/index.ts';

let cached: { catalog: Catalog; compiled: CompiledCatalog } | undefined;

export function getCatalog(): Catalog {
  cached ??= (() => {
    const catalog = loadCatalog();
    return { catalog, compiled: compileCatalog(catalog.entries) };
  })();
  return cached.catalog;
}

export function getCompiledCatalog(): CompiledCatalog {
  getCatalog();
  return cached!.compiled;
}

export function sectionById(id: string): Section {
  const section = getCatalog().sections.find((s) => s.id === id);
  if (!section)
    throw new Error(
      `Unknown section "${id}". Known: ${getCatalog()
        .sections.map((s) => s.id)
        .join(', ')}`,
    );
  return section;
}

/** Entries listed on a section page: its own, then those that name it in `alsoIn`. */
export function entriesForSection(id: string): CatalogEntry[] {
  sectionById(id);
  const { entries } = getCatalog();
  return [...entries.filter((e) => e.section === id), ...entries.filter((e) => e.alsoIn.includes(id))];
}
/**
 * Astro's `site` as a route receives it: always set, since astro.config.mjs takes it from
 * HANDBOOK_SITE_URL or its placeholder (src/site-url.ts); absolute URLs in data routes are built on it.
 */
export function requiredSite(site: URL | undefined): URL {
  if (!site) throw new Error('Astro `site` is not set: astro.config.mjs must set it with siteUrlFromEnvironment() (src/site-url.ts).');
  return site;
}
