/**
 * The catalog's public form for other tools: `/catalog.json` and its JSON Schema. (The lean files the
 * analyzer island and the CLI load are the build artifact: `artifact.ts`.)
 */
import { z } from 'zod';
import { LOCALES, Section, Seen, Signature, type Catalog, type Locale } from './schema.ts';
import { sectionPath, signaturePath } from '../present/locale.ts';

export const CATALOG_FORMAT_VERSION = 1;

/** Absolute URLs of one page in each language, on the site's public URL (HANDBOOK_SITE_URL at build). */
const PageUrls = z.strictObject({
  'zh-CN': z.url().describe('The page in Simplified Chinese.'),
  en: z.url().describe('The page in English.'),
});

export const CatalogDocument = z.strictObject({
  version: z
    .literal(CATALOG_FORMAT_VERSION)
    .describe('Format version of this document; it changes only when a field changes meaning or goes away.'),
  site: z.url().describe('Public URL of the handbook this catalog was built for; every `urls` entry is on it.'),
  sections: z
    .array(Section.extend({ urls: PageUrls.describe('The section page in each language.') }))
    .describe('The handbook sections, in sidebar order.'),
  signatures: z
    .array(
      Signature.extend({
        section: z.string().describe('Id of the home section: the file the signature is written in (`content/signatures/<section>.yaml`).'),
        urls: PageUrls.describe("The signature's own page in each language."),
        seen: Seen.nullable().describe(
          'Where the lab (npm run lab) found this signature in real OpenClaw output: every release it was seen in, and up to three captured lines with their release, scenario, capture and command. null when it has not been seen in real output yet (its wording then comes from the OpenClaw docs or source).',
        ),
      }),
    )
    .describe('Every signature, grouped by home section.'),
});

/** One URL per language: the page's path (src/present/locale.ts) made absolute on `site`. */
function pageUrls(site: URL | string, path: (base: string, locale: Locale) => string): z.input<typeof PageUrls> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, new URL(path('/', locale), site).href])) as z.input<typeof PageUrls>;
}

/** `/catalog.json`; `site` is the public URL its page links are made absolute on (Astro's `site`). */
export function catalogDocument(catalog: Catalog, site: URL | string): z.input<typeof CatalogDocument> {
  return {
    version: CATALOG_FORMAT_VERSION,
    site: new URL(site).origin,
    sections: catalog.sections.map((section) => ({ ...section, urls: pageUrls(site, (base, l) => sectionPath(base, l, section.slug)) })),
    signatures: catalog.entries.map(({ file: _file, seen, ...entry }) => ({
      ...entry,
      seen: seen ?? null,
      urls: pageUrls(site, (base, l) => signaturePath(base, l, entry.id)),
    })),
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
