/**
 * The analyzer's lazily loaded catalog, in two parts so each stays small (budget: 40 KB gzip each):
 * - `/analyzer-catalog/rules.json`: the match rules and commands, the same for every language
 *   (the island hands them to its Web Worker);
 * - `/analyzer-catalog/zh-CN.json` and `/analyzer-catalog/en.json`: one language's texts
 *   (from `localizedCatalog`): section titles and, per signature, title, meaning, fix steps and
 *   release-specific advice.
 * Fields the analyzer does not show (examples, keywords, related, …) are left out.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../catalog/site.ts';
import { localizedCatalog } from '../../catalog/export.ts';
import { LOCALES, type Locale } from '../../catalog/schema.ts';

const RULES = 'rules';

export const getStaticPaths = (() => [RULES, ...LOCALES].map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute = ({ params }) => {
  const catalog = getCatalog();
  if (params['locale'] === RULES) {
    return json({
      version: 1,
      entries: catalog.entries.map((e) => ({
        id: e.id,
        section: e.section,
        severity: e.severity,
        ...(e.generic ? { generic: true } : {}),
        // Every match field the engine knows, minus defaults (empty lists, `false`); the island restores them.
        match: Object.fromEntries(Object.entries(e.match).filter(([, v]) => v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0))),
        ...(e.commands.length ? { commands: e.commands } : {}),
      })),
    });
  }
  const localized = localizedCatalog(catalog, params['locale'] as Locale);
  return json({
    version: localized.version,
    locale: localized.locale,
    sections: localized.sections,
    // id → [title, meaning, fix steps, release-specific advice?]
    texts: Object.fromEntries(
      localized.entries.map((e) => [
        e.id,
        e.versionAdvice.length ? [e.title, e.meaning, e.fix, e.versionAdvice] : [e.title, e.meaning, e.fix],
      ]),
    ),
  });
};
