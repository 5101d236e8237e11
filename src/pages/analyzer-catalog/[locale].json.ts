/**
 * `/analyzer-catalog/zh-CN.json` and `/analyzer-catalog/en.json`: the lean per-locale catalog the
 * analyzer island fetches once (match rules + one language's texts). Fields the analyzer does not
 * show are dropped to keep each file small.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../catalog/site.ts';
import { localizedCatalog } from '../../catalog/export.ts';
import { LOCALES, type Locale } from '../../catalog/schema.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const catalog = localizedCatalog(getCatalog(), params['locale'] as Locale);
  const lean = {
    version: catalog.version,
    locale: catalog.locale,
    sections: catalog.sections,
    entries: catalog.entries.map(({ related: _related, versions: _versions, retired: _retired, ...entry }) => ({
      ...entry,
      // Defaults are left out: the island and the engine treat a missing value as the default.
      match: {
        literals: entry.match.literals,
        ...(entry.match.regex ? { regex: entry.match.regex } : {}),
        ...(entry.match.ignoreCase ? { ignoreCase: true } : {}),
        ...(entry.match.codes.length ? { codes: entry.match.codes } : {}),
        ...(entry.match.rule ? { rule: entry.match.rule } : {}),
      },
      ...(entry.versionAdvice.length ? {} : { versionAdvice: undefined }),
    })),
  };
  return new Response(JSON.stringify(lean), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
