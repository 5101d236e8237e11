/**
 * The catalog's public forms: `/catalog.json` for other tools, its JSON Schema, and the lean
 * per-locale chunks the analyzer island and the CLI load (match rules + one language's texts).
 */
import { z } from 'zod';
import { LOCALES, Section, Seen, Signature, type Catalog, type CatalogEntry, type Locale } from './schema.ts';
import { sectionUrl, signatureUrl, type SiteLocale } from './site.ts';
import type { MatchableEntry } from '../engine/types.ts';

export const CATALOG_FORMAT_VERSION = 1;

/** Absolute URLs of one page in each language, on the site's public URL (HANDBOOK_SITE_URL at build). */
const PageUrls = z.object({ 'zh-CN': z.url(), en: z.url() });

export const CatalogDocument = z.object({
  version: z.literal(CATALOG_FORMAT_VERSION),
  site: z.url().describe('Public URL of the handbook this catalog was built for; every `urls` entry is on it.'),
  sections: z.array(Section.extend({ urls: PageUrls.describe('The section page in each language.') })),
  signatures: z.array(
    Signature.extend({
      section: z.string(),
      urls: PageUrls.describe("The signature's own page in each language."),
      /**
       * Where the lab found it in real OpenClaw output (releases, and up to three captured lines with
       * their release, scenario, capture and command); null when it has not been seen there yet.
       */
      seen: Seen.nullable().describe(
        'Where the lab (npm run lab) found this signature in real OpenClaw output: every release it was seen in, and up to three captured lines with their release, scenario, capture and command. null when it has not been seen in real output yet (its wording then comes from the OpenClaw docs or source).',
      ),
    }),
  ),
});

const SITE_LOCALE: Record<Locale, SiteLocale> = { 'zh-CN': 'zh-cn', en: 'en' };

/** One URL per language, from the site-relative path builder of src/catalog/site.ts. */
function pageUrls(site: URL | string, path: (siteLocale: SiteLocale) => string): z.input<typeof PageUrls> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, new URL(path(SITE_LOCALE[locale]), site).href])) as z.input<typeof PageUrls>;
}

/** `/catalog.json`; `site` is the public URL its page links are made absolute on (Astro's `site`). */
export function catalogDocument(catalog: Catalog, site: URL | string): z.input<typeof CatalogDocument> {
  return {
    version: CATALOG_FORMAT_VERSION,
    site: new URL(site).origin,
    sections: catalog.sections.map((section) => ({ ...section, urls: pageUrls(site, (l) => sectionUrl(section, l)) })),
    signatures: catalog.entries.map(({ file: _file, seen, ...entry }) => ({ ...entry, seen: seen ?? null, urls: pageUrls(site, (l) => signatureUrl(entry.id, l)) })),
  };
}

/** `/catalog.schema.json`, identified by its absolute URL on `site`. */
export function catalogJsonSchema(site: URL | string): Record<string, unknown> {
  return {
    $id: new URL('/catalog.schema.json', site).href,
    title: 'OpenClaw Gateway signature catalog',
    ...z.toJSONSchema(CatalogDocument, { io: 'output', unrepresentable: 'any' }),
  };
}

/** A catalog entry as tools other than the site need it: match rules plus one language's texts. */
export interface LocalizedEntry extends MatchableEntry {
  title: string;
  meaning: string;
  fix: string[];
  commands: string[];
  related: string[];
  retired: boolean;
  versions?: { since?: string | undefined; until?: string | undefined; note?: string | undefined } | undefined;
  versionAdvice: Array<{ since?: string | undefined; until?: string | undefined; advice: string }>;
}

export interface LocalizedCatalog {
  version: typeof CATALOG_FORMAT_VERSION;
  locale: Locale;
  sections: Array<{ id: string; slug: string; title: string }>;
  entries: LocalizedEntry[];
}

export function localizeEntry(e: CatalogEntry, locale: Locale): LocalizedEntry {
  return {
    id: e.id,
    section: e.section,
    severity: e.severity,
    generic: e.generic,
    match: e.match,
    title: e.title[locale],
    meaning: e.meaning[locale],
    fix: e.fix[locale],
    commands: e.commands,
    related: e.related,
    retired: e.retired,
    versions: e.versions && { since: e.versions.since, until: e.versions.until, note: e.versions.note?.[locale] },
    versionAdvice: e.versionAdvice.map((a) => ({ since: a.since, until: a.until, advice: a.advice[locale] })),
  };
}

export function localizedCatalog(catalog: Catalog, locale: Locale): LocalizedCatalog {
  return {
    version: CATALOG_FORMAT_VERSION,
    locale,
    sections: catalog.sections.map((s) => ({ id: s.id, slug: s.slug, title: s.title[locale] })),
    entries: catalog.entries.map((e) => localizeEntry(e, locale)),
  };
}
